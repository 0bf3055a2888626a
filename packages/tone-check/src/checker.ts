import type { NetworkId } from '@chorus/post-model';
import { GuideCompiler, type ParagraphAnalysis, type RawFinding } from './analyse.js';
import { detectLanguage } from './detect.js';
import { ToneInputError } from './errors.js';
import type { FindingKind, Severity, ToneGuide } from './guide.js';
import type { Language } from './languages.js';
import { formatMessage, type MessageKey, type MessageParams } from './messages.js';
import { readabilityScores, textRules } from './text-rules.js';
import { scoreOf, verdictOf, type Verdict } from './score.js';

/** Longest text checked, in UTF-16 units (about 40,000 words of English); longer is refused. */
export const MAX_TEXT_LENGTH = 262_144;
/** Most paragraphs in one check. */
export const MAX_PARAGRAPHS = 20_000;
/** Findings returned by default; the score still counts every violation. */
export const DEFAULT_MAX_FINDINGS = 500;
/** Paragraph analyses a checker keeps (least recently used dropped first). */
const CACHE_SIZE = 4_000;

export interface CheckOptions {
  /** The reader's locale for messages (default `en`). */
  readonly locale?: Language;
  /** The network the text goes to: its limit from post-model's table applies. */
  readonly network?: NetworkId;
  readonly withMedia?: boolean;
  /** Detect each paragraph's language (default true); false reads all in the declared one. */
  readonly detect?: boolean;
  /** Most findings returned (default 500). */
  readonly maxFindings?: number;
  /** Findings a writer chose to ignore once: same rule, same flagged text. */
  readonly ignore?: ReadonlyArray<{ readonly ruleId: string; readonly text: string }>;
}

export interface Finding {
  /**
   * UTF-16 offsets: into the whole text for `check`, into the paragraph for `checkParagraphs`.
   * Findings about the whole text (a missing tag, readability) have `paragraph: null` and an
   * empty range at 0: they belong in the side panel, not under a word.
   */
  readonly from: number;
  readonly to: number;
  readonly paragraph: number | null;
  readonly ruleId: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  /** In the reader's locale. */
  readonly message: string;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  /** The text to put in place of the range, when the rule has one. */
  readonly replacement?: string;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly score: number;
  readonly verdict: Verdict;
  /** Violations counted for the score (ignored and escalation findings excluded). */
  readonly violations: { readonly required: number; readonly recommended: number };
  /** Escalation topics (rule ids) the text touches: route it to the chief expert. */
  readonly escalations: readonly string[];
  /** The language each paragraph was checked in. */
  readonly languages: readonly Language[];
  /** Readability per rule, where the text had words in that language. */
  readonly readability: ReadonlyArray<{ readonly ruleId: string; readonly score: number }>;
  /** More findings than `maxFindings` were found; the list holds the first ones. */
  readonly truncated: boolean;
}

export interface Checker {
  readonly guide: ToneGuide;
  /** Checks a whole text; paragraphs are its lines. */
  check(text: string, language: Language, options?: CheckOptions): CheckResult;
  /**
   * Checks a text given as paragraphs (an editor's blocks). Each paragraph's analysis is cached
   * by its text, so after a keystroke only the changed paragraph is analysed again; the rules
   * that count across the text (emoji, hashtags, length, readability) are recombined, which
   * costs little.
   */
  checkParagraphs(
    paragraphs: readonly string[],
    language: Language,
    options?: CheckOptions,
  ): CheckResult;
  /** Paragraph analyses done so far (cache misses), for tests and benchmarks. */
  readonly analysed: number;
}

/** A checker for a validated guideline (see `validateGuide`). */
export function createChecker(guide: ToneGuide): Checker {
  const compiler = new GuideCompiler(guide);
  const cache = new Map<string, ParagraphAnalysis>();
  let analysed = 0;

  const analyse = (text: string, declared: Language, detect: boolean): ParagraphAnalysis => {
    const key = `${detect ? 'd' : 'n'}${declared}\u0000${text}`;
    const hit = cache.get(key);
    if (hit) {
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    analysed += 1;
    const language = detect ? detectLanguage(text, declared) : declared;
    const result = compiler.analyse(text, language);
    cache.set(key, result);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return result;
  };

  const run = (
    paragraphs: readonly string[],
    language: Language,
    options: CheckOptions,
  ): CheckResult & { readonly findings: readonly Finding[] } => {
    if (paragraphs.length > MAX_PARAGRAPHS) {
      throw new ToneInputError('too_many_paragraphs', `At most ${MAX_PARAGRAPHS} paragraphs`);
    }
    let total = paragraphs.length > 0 ? paragraphs.length - 1 : 0;
    for (const paragraph of paragraphs) total += paragraph.length;
    if (total > MAX_TEXT_LENGTH) {
      throw new ToneInputError(
        'text_too_long',
        `The text has ${total} characters; the checker reads at most ${MAX_TEXT_LENGTH}`,
      );
    }
    const detect = options.detect ?? true;
    const analyses = paragraphs.map((text) => analyse(text, language, detect));
    const raw: Array<RawFinding & { paragraph: number | null }> = [];
    analyses.forEach((analysis, paragraph) => {
      for (const finding of analysis.findings) raw.push({ ...finding, paragraph });
    });
    raw.push(...textRules(guide, paragraphs, analyses, options));

    const ignored = options.ignore ?? [];
    const kept = raw.filter(
      (finding) =>
        !ignored.some(
          (item) =>
            item.ruleId === finding.ruleId &&
            finding.paragraph !== null &&
            paragraphs[finding.paragraph]!.slice(finding.from, finding.to) === item.text,
        ),
    );
    kept.sort(
      (a, b) => (a.paragraph ?? -1) - (b.paragraph ?? -1) || a.from - b.from || a.to - b.to,
    );
    const counted = kept.filter((finding) => finding.kind !== 'escalation');
    const score = scoreOf(counted);
    const required = counted.filter((finding) => finding.severity === 'required').length;
    const locale = options.locale ?? 'en';
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const escalations = new Set<string>();
    for (const analysis of analyses) for (const id of analysis.escalations) escalations.add(id);
    return {
      findings: kept.slice(0, max).map((finding) => ({
        ...finding,
        message: formatMessage(locale, finding.messageKey, finding.params),
      })),
      score,
      verdict: verdictOf(score, required > 0, guide.thresholds),
      violations: { required, recommended: counted.length - required },
      escalations: [...escalations].filter((id) => kept.some((finding) => finding.ruleId === id)),
      languages: analyses.map((analysis) => analysis.language),
      readability: readabilityScores(guide, analyses),
      truncated: kept.length > max,
    };
  };

  return {
    guide,
    get analysed() {
      return analysed;
    },
    checkParagraphs: (paragraphs, language, options = {}) => run(paragraphs, language, options),
    check(text, language, options = {}) {
      if (text.length > MAX_TEXT_LENGTH) {
        throw new ToneInputError(
          'text_too_long',
          `The text has ${text.length} characters; the checker reads at most ${MAX_TEXT_LENGTH}`,
        );
      }
      const paragraphs = text.split('\n');
      const starts: number[] = [];
      let at = 0;
      for (const paragraph of paragraphs) {
        starts.push(at);
        at += paragraph.length + 1;
      }
      const result = run(paragraphs, language, options);
      return {
        ...result,
        findings: result.findings.map((finding) =>
          finding.paragraph === null
            ? finding
            : {
                ...finding,
                from: starts[finding.paragraph]! + finding.from,
                to: starts[finding.paragraph]! + finding.to,
              },
        ),
      };
    },
  };
}

const compiled = new WeakMap<ToneGuide, Checker>();

/**
 * Checks one text against a guideline. The guideline's compiled form is kept for as long as the
 * same object lives, so calling this repeatedly with one guide costs no recompilation.
 */
export function check(
  text: string,
  language: Language,
  guide: ToneGuide,
  options: CheckOptions = {},
): CheckResult {
  let checker = compiled.get(guide);
  if (!checker) {
    checker = createChecker(guide);
    compiled.set(guide, checker);
  }
  return checker.check(text, language, options);
}
