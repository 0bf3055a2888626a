import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useToneChecker, useToneLocale } from '../hooks/use-tone';
import { useTextTone, type TextTone } from '../hooks/use-text-tone';
import { ToneFindingList, ToneScore, type ToneFindingItem } from './ToneSummary';

/** How many findings a reply's composer lists under the text (the underlines show them all). */
const REPLY_FINDINGS = 5;

/**
 * The tone check of a reply or comment as it is typed, against the brand's guideline:
 * the textarea's underlines and the findings. `brandId` null (a guest, or no brand) checks
 * nothing and asks the server nothing: guests do not read the guideline.
 */
export function useReplyTone(brandId: string | null, text: string): TextTone {
  const checking = useToneChecker(brandId ?? '', brandId === null);
  const locale = useToneLocale();
  const options = useMemo(() => ({ locale }), [locale]);
  return useTextTone(checking.checker, text, locale, options);
}

/**
 * Under a reply's composer: the score when the text falls short of the guideline, and the
 * first findings (an escalation topic says the reply goes to the chief expert). Nothing while
 * the text passes cleanly.
 */
export function ReplyToneFindings({ tone }: { tone: TextTone }) {
  const items = useMemo<ToneFindingItem[]>(
    () =>
      tone.findings.map((item) => ({
        key: item.key,
        message: item.finding.message,
        severity: item.finding.severity,
        escalation: item.finding.kind === 'escalation',
        text: item.text,
      })),
    [tone.findings],
  );
  const result = tone.result;
  if (!result || items.length === 0) return null;
  return (
    <Stack gap={4} data-testid="reply-tone">
      <ToneScore score={result.score} verdict={result.verdict} />
      <ToneFindingList items={items} limit={REPLY_FINDINGS} />
    </Stack>
  );
}
