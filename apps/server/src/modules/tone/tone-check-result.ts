import { isNetworkId, readPost, type NetworkId } from '@chorus/post-model';
import { STRATEGY_FRAGMENT, strategyToPlainText } from '@chorus/strategy-model';
import {
  LANGUAGES,
  type CheckOptions,
  type CheckResult,
  type Checker,
  type Language,
  type Verdict,
} from '@chorus/tone-check';
import * as Y from 'yjs';

/*
 * A document's content checked against a guideline, part by part: a post's base text and each
 * network's own text (with that network's length limit), a strategy's body as paragraphs. The
 * document is as good as its worst part: the score is the lowest part's, the verdict the
 * worst, the violations add up. Findings are stored without a locale (key + params), so every
 * reader sees them in their own language.
 */

/** A finding as stored and served: where (part, paragraph, range), which rule, what to say. */
export interface StoredFinding {
  ruleId: string;
  kind: string;
  severity: 'required' | 'recommended';
  messageKey: string;
  params: Record<string, string | number>;
  /** The flagged text (empty for findings about the whole text). */
  text: string;
  from: number;
  to: number;
  /** `base`, a network id, or `body` (strategies). */
  part: string;
  paragraph: number | null;
  replacement: string | null;
}

export interface DocumentCheck {
  score: number;
  verdict: Verdict;
  requiredViolations: number;
  recommendedViolations: number;
  findings: StoredFinding[];
}

/** What a document's content is, read from its Yjs state. */
export type DocumentText =
  | { kind: 'post'; base: string; variants: Partial<Record<NetworkId, string>> }
  | { kind: 'strategy'; paragraphs: string[] };

const VERDICT_RANK: Record<Verdict, number> = { pass: 0, warn: 1, block: 2 };

/** Reads the texts the tone check looks at; null for kinds it does not check (media plans). */
export function documentText(kind: string, state: Uint8Array): DocumentText | null {
  if (kind !== 'post' && kind !== 'strategy') return null;
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    if (kind === 'post') {
      const content = readPost(doc);
      return { kind: 'post', base: content.body, variants: content.variants };
    }
    const text = strategyToPlainText(doc.getXmlFragment(STRATEGY_FRAGMENT));
    return { kind: 'strategy', paragraphs: text.split('\n').filter((line) => line.trim() !== '') };
  } finally {
    doc.destroy();
  }
}

/** The language a document's text is declared in: its own, else the brand's first, else en. */
export function declaredLanguage(
  documentLanguage: string | null,
  brandLanguages: readonly string[],
): Language {
  for (const tag of [documentLanguage, ...brandLanguages]) {
    const primary = tag?.split('-')[0]?.toLowerCase();
    if (primary && (LANGUAGES as readonly string[]).includes(primary)) return primary as Language;
  }
  return 'en';
}

/**
 * Checks a document's texts. `networks` are the post's networks: the base text is checked
 * once for everything but length, and once more per network without its own text for that
 * network's limit; each network's own text is checked with its limit.
 */
export function checkDocumentText(
  checker: Checker,
  content: DocumentText,
  language: Language,
  networks: readonly string[],
  ignore: CheckOptions['ignore'] = [],
): DocumentCheck {
  const parts: Array<{ part: string; result: CheckResult; onlyLength?: boolean }> = [];
  if (content.kind === 'strategy') {
    parts.push({
      part: 'body',
      result: checker.checkParagraphs(content.paragraphs, language, { ignore }),
    });
  } else {
    const targets = networks.filter(isNetworkId);
    const baseNetworks = targets.filter((network) => content.variants[network] === undefined);
    const [first, ...others] = baseNetworks;
    parts.push({
      part: 'base',
      result: checker.check(content.base, language, { ignore, network: first }),
    });
    for (const network of others) {
      parts.push({
        part: 'base',
        result: checker.check(content.base, language, { ignore, network }),
        onlyLength: true,
      });
    }
    for (const network of targets) {
      const text = content.variants[network];
      if (text !== undefined) {
        parts.push({ part: network, result: checker.check(text, language, { ignore, network }) });
      }
    }
  }
  const texts = content.kind === 'strategy' ? null : { base: content.base, ...content.variants };
  let score = 100;
  let verdict: Verdict = 'pass';
  let requiredViolations = 0;
  let recommendedViolations = 0;
  const findings: StoredFinding[] = [];
  for (const { part, result, onlyLength } of parts) {
    score = Math.min(score, result.score);
    if (VERDICT_RANK[result.verdict] > VERDICT_RANK[verdict]) verdict = result.verdict;
    const kept = onlyLength
      ? result.findings.filter((finding) => finding.kind === 'length')
      : result.findings;
    if (onlyLength) {
      for (const finding of kept) {
        if (finding.kind !== 'escalation') {
          if (finding.severity === 'required') requiredViolations += 1;
          else recommendedViolations += 1;
        }
      }
    } else {
      requiredViolations += result.violations.required;
      recommendedViolations += result.violations.recommended;
    }
    for (const finding of kept) {
      const source =
        content.kind === 'strategy'
          ? finding.paragraph === null
            ? ''
            : (content.paragraphs[finding.paragraph] ?? '')
          : ((texts as Record<string, string>)[part] ?? '');
      findings.push({
        ruleId: finding.ruleId,
        kind: finding.kind,
        severity: finding.severity,
        messageKey: finding.messageKey,
        params: { ...finding.params },
        text: source.slice(finding.from, finding.to),
        from: finding.from,
        to: finding.to,
        part,
        paragraph: finding.paragraph,
        replacement: finding.replacement ?? null,
      });
    }
  }
  return { score, verdict, requiredViolations, recommendedViolations, findings };
}
