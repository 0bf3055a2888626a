import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { readProblem, type ApiProblem } from '../../../errors';

/** A refusal of the comments module, or the app's shared problem for anything else. */
export type CommentProblem =
  | { code: 'COMMENT_TOO_LONG'; limit: number | null }
  | { code: 'COMMENT_MENTION_REFUSED' }
  | { code: 'COMMENT_DELETE_WINDOW_CLOSED'; minutes: number | null }
  | { code: 'COMMENT_GONE' }
  | { code: 'SHARED'; problem: ApiProblem };

/** What a failed comment request says. */
export function commentProblemOf(error: unknown): CommentProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const extensions = error.errors[0]?.extensions ?? {};
    const number = (value: unknown) => (typeof value === 'number' ? value : null);
    switch (extensions.code) {
      case 'COMMENT_TOO_LONG':
        return { code: 'COMMENT_TOO_LONG', limit: number(extensions.limitCharacters) };
      case 'COMMENT_MENTION_REFUSED':
        return { code: 'COMMENT_MENTION_REFUSED' };
      case 'COMMENT_DELETE_WINDOW_CLOSED':
        return { code: 'COMMENT_DELETE_WINDOW_CLOSED', minutes: number(extensions.windowMinutes) };
      case 'COMMENT_GONE':
        return { code: 'COMMENT_GONE' };
      default:
        break;
    }
  }
  return { code: 'SHARED', problem: readProblem(error) };
}
