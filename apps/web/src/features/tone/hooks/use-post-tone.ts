import type { Checker, CheckOptions, Language } from '@chorus/tone-check';
import type { ToneStatus } from '../components/TonePanel';
import { useIgnoredFindings, useToneChecker, useToneLocale } from './use-tone';

/** What a post editor needs of the tone check: the compiled guideline, locale, ignored findings. */
export interface PostTone {
  status: ToneStatus;
  checker: Checker | null;
  locale: Language;
  ignored: NonNullable<CheckOptions['ignore']>;
  /** Records "ignore once" with its reason, then stops flagging that text for that rule (kept across reloads). */
  ignoreOnce: (ruleId: string, text: string, reason: string) => Promise<void>;
}

/**
 * The brand's guideline for a post's editor, and "ignore once" recorded against the post;
 * nothing is asked when `skip` (a share-link guest has no tone check).
 */
export function usePostTone(brandId: string, postId: string, skip = false): PostTone {
  const checking = useToneChecker(brandId, skip);
  const locale = useToneLocale();
  const { ignored, ignoreOnce } = useIgnoredFindings(postId, skip);
  return { status: checking.status, checker: checking.checker, locale, ignored, ignoreOnce };
}
