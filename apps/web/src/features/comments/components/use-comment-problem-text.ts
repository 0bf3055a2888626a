import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessage } from '../../../errors';
import { commentProblemOf } from '../hooks/comment-problem';

/** A failed comment request as a sentence in the reader's language. */
export function useCommentProblemText(): (error: unknown) => string {
  const { t } = useTranslation();
  const message = useProblemMessage();
  return useCallback(
    (error: unknown) => {
      const problem = commentProblemOf(error);
      switch (problem.code) {
        case 'COMMENT_TOO_LONG':
          return t('comments.problems.tooLong', { limit: problem.limit ?? 10000 });
        case 'COMMENT_MENTION_REFUSED':
          return t('comments.problems.mentionRefused');
        case 'COMMENT_DELETE_WINDOW_CLOSED':
          return t('comments.problems.deleteWindow', { minutes: problem.minutes ?? 15 });
        case 'COMMENT_GONE':
          return t('comments.problems.gone');
        case 'SHARED':
          return message(problem.problem);
      }
    },
    [t, message],
  );
}
