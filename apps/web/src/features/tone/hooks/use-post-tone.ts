import type { Checker, CheckOptions, Language } from '@chorus/tone-check';
import { useState } from 'react';
import type { ToneStatus } from '../components/TonePanel';
import { useIgnoreToneFinding, useToneChecker, useToneLocale } from './use-tone';

/** What a post editor needs of the tone check: the compiled guideline, locale, ignored findings. */
export interface PostTone {
  status: ToneStatus;
  checker: Checker | null;
  locale: Language;
  ignored: NonNullable<CheckOptions['ignore']>;
  /** Records "ignore once" with its reason, then stops flagging that text for that rule. */
  ignoreOnce: (ruleId: string, text: string, reason: string) => Promise<void>;
}

/** The brand's guideline for a post's editor, and "ignore once" recorded against the post. */
export function usePostTone(brandId: string, postId: string): PostTone {
  const checking = useToneChecker(brandId);
  const locale = useToneLocale();
  const [ignored, setIgnored] = useState<PostTone['ignored']>([]);
  const [ignore] = useIgnoreToneFinding();
  return {
    status: checking.status,
    checker: checking.checker,
    locale,
    ignored,
    ignoreOnce: async (ruleId, text, reason) => {
      await ignore({ variables: { input: { documentId: postId, ruleId, text, reason } } });
      setIgnored((current) => [...current, { ruleId, text }]);
    },
  };
}
