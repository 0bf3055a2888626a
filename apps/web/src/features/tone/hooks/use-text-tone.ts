import {
  ToneInputError,
  type CheckOptions,
  type CheckResult,
  type Checker,
  type Language,
} from '@chorus/tone-check';
import { useMemo } from 'react';
import type { TextHighlights } from '../../../ui';
import type { EditorFinding } from '../components/TonePanel';

export interface TextTone {
  result: CheckResult | null;
  /** The text was refused (too long to check as one types). */
  refused: boolean;
  /** For the textarea's highlight layer. */
  highlights: TextHighlights | null;
  findings: EditorFinding[];
}

function className(severity: string, kind: string): string {
  return `tone-finding tone-finding--${kind === 'escalation' ? 'escalation' : severity}`;
}

/**
 * The tone check of one plain text (a post's base text or a network's own): checked through
 * the checker's paragraph cache (each line is a paragraph, so a keystroke re-analyses one
 * line), with the ranges to underline and the findings for the panel.
 */
export function useTextTone(
  checker: Checker | null,
  text: string,
  language: Language,
  options: CheckOptions,
): TextTone {
  // Callers build `options` afresh each render: its content decides.
  const optionsKey = JSON.stringify(options);
  return useMemo(() => {
    if (!checker) return { result: null, refused: false, highlights: null, findings: [] };
    let result: CheckResult;
    try {
      result = checker.check(text, language, options);
    } catch (error) {
      if (error instanceof ToneInputError) {
        return { result: null, refused: true, highlights: null, findings: [] };
      }
      throw error;
    }
    const ranges = result.findings
      .filter((finding) => finding.paragraph !== null && finding.to > finding.from)
      .map((finding) => ({
        from: finding.from,
        to: finding.to,
        className: className(finding.severity, finding.kind),
        title: finding.message,
        data: { 'tone-rule': finding.ruleId },
      }));
    const findings = result.findings.map((finding, index) => ({
      key: `${index}:${finding.ruleId}:${finding.from}`,
      finding,
      text: finding.paragraph === null ? '' : text.slice(finding.from, finding.to),
    }));
    return { result, refused: false, highlights: { text, ranges }, findings };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checker, text, language, optionsKey]);
}
