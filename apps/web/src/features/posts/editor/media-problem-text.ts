import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaProblem } from '../media-upload';

/** Megabytes for people, in their locale (one decimal below 10 MB). */
export function useMegabytes(): (bytes: number) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (bytes: number) => {
      const mb = bytes / (1024 * 1024);
      return new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', {
        maximumFractionDigits: mb < 10 ? 1 : 0,
      }).format(mb);
    },
    [i18n.resolvedLanguage],
  );
}

/** The sentence for a file that was not attached, in the reader's language. */
export function useMediaProblemText(): (problem: MediaProblem) => string {
  const { t } = useTranslation();
  const megabytes = useMegabytes();
  return useCallback(
    (problem: MediaProblem) => {
      const name = problem.fileName;
      switch (problem.code) {
        case 'UNSUPPORTED_MEDIA_TYPE':
          return problem.detected
            ? t('posts.media.errors.typeDetected', { name, detected: problem.detected })
            : t('posts.media.errors.type', { name });
        case 'PAYLOAD_TOO_LARGE':
          return t(
            problem.kind === 'image'
              ? 'posts.media.errors.imageTooLarge'
              : problem.kind === 'video'
                ? 'posts.media.errors.videoTooLarge'
                : 'posts.media.errors.tooLarge',
            { name, limit: megabytes(problem.limitBytes) },
          );
        case 'TOO_MANY':
          return t('posts.media.errors.tooMany', { name, max: problem.max });
        case 'EMPTY':
          return t('posts.media.errors.empty', { name });
        case 'FORBIDDEN':
          return t('posts.media.errors.forbidden');
        case 'POST_ARCHIVED':
          return t('posts.media.errors.archived');
        case 'RATE_LIMITED':
          return t('posts.media.errors.busy');
        case 'NETWORK':
          return t('posts.media.errors.network', { name });
        case 'OTHER':
          return t('posts.media.errors.other', { name });
      }
    },
    [t, megabytes],
  );
}
