import type { NetworkId } from '@chorus/post-model';
import { GuideCompiler, type ParagraphAnalysis, type RawFinding } from './analyse.js';
import { detectLanguage } from './detect.js';
import { ToneInputError } from './errors.js';
import type { FindingKind, Severity, ToneGuide } from './guide.js';
import type { Language } from './languages.js';
import { formatMessage, type MessageKey, type MessageParams } from './messages.js';
import { readabilityScores, textRules, type TextFinding } from './text-rules.js';
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
  /** Forgets the cached paragraph analyses (a closed document, a benchmark's cold run). */
  clearCache(): void;
}

/** A checker for a validated guideline (see `validateGuide`). */
export function createChecker(guide: ToneGuide): Checker {
  const compiler = new GuideCompiler(guide);
  // Per detection mode and declared language, paragraph text → analysis (least recently used
  // first). Keyed by the paragraph string itself, so its hash is computed once per string.
  const caches = new Map<string, Map<string, ParagraphAnalysis>>();
  let cached = 0;
  let analysed = 0;

  const analyse = (text: string, declared: Language, detect: boolean): ParagraphAnalysis => {
    const mode = `${detect ? 'd' : 'n'}${declared}`;
    let cache = caches.get(mode);
    if (!cache) {
      cache = new Map();
      caches.set(mode, cache);
    }
    const hit = cache.get(text);
    if (hit) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    analysed += 1;
    const language = detect ? detectLanguage(text, declared) : declared;
    const result = compiler.analyse(text, language);
    cache.set(text, result);
    cached += 1;
    if (cached > CACHE_SIZE) {
      cache.delete(cache.keys().next().value!);
      cached -= 1;
    }
    return result;
  };

  const run = (
    paragraphs: readonly string[],
    language: Language,
    options: CheckOptions,
    starts: readonly number[] | null,
  ): CheckResult => {
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
    const locale = options.locale ?? 'en';
    const analyses = paragraphs.map((text) => analyse(text, language, detect));
    const extra = new Map<number | null, TextFinding[]>();
    for (const finding of textRules(guide, paragraphs, analyses, options)) {
      const list = extra.get(finding.paragraph);
      if (list) list.push(finding);
      else extra.set(finding.paragraph, [finding]);
    }
    let all: Finding[] = (extra.get(null) ?? []).map((raw) => finish(raw, null, 0, locale));
    analyses.forEach((analysis, paragraph) => {
      const base = starts ? starts[paragraph]! : 0;
      const own = finished(analysis, paragraph, base, locale);
      const more = extra.get(paragraph);
      if (!more) {
        for (const finding of own) all.push(finding);
        return;
      }
      const merged = [...own, ...more.map((raw) => finish(raw, paragraph, base, locale))];
      merged.sort((a, b) => a.from - b.from || a.to - b.to);
      for (const finding of merged) all.push(finding);
    });
    const ignored = options.ignore ?? [];
    if (ignored.length > 0) {
      all = all.filter((finding) => {
        if (finding.paragraph === null) return true;
        const base = starts ? starts[finding.paragraph]! : 0;
        const typed = paragraphs[finding.paragraph]!.slice(finding.from - base, finding.to - base);
        return !ignored.some((item) => item.ruleId === finding.ruleId && item.text === typed);
      });
    }
    const counted = all.filter((finding) => finding.kind !== 'escalation');
    const score = scoreOf(counted);
    const required = counted.filter((finding) => finding.severity === 'required').length;
    const max = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const escalations = new Set<string>();
    for (const finding of all) if (finding.kind === 'escalation') escalations.add(finding.ruleId);
    return {
      findings: all.length > max ? all.slice(0, max) : all,
      score,
      verdict: verdictOf(score, required > 0, guide.thresholds),
      violations: { required, recommended: counted.length - required },
      escalations: [...escalations],
      languages: analyses.map((analysis) => analysis.language),
      readability: readabilityScores(guide, analyses).map(({ ruleId, score: figure }) => ({
        ruleId,
        score: figure,
      })),
      truncated: all.length > max,
    };
  };

  return {
    guide,
    get analysed() {
      return analysed;
    },
    clearCache: () => {
      caches.clear();
      cached = 0;
    },
    checkParagraphs: (paragraphs, language, options = {}) =>
      run(paragraphs, language, options, null),
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
      return run(paragraphs, language, options, starts);
    },
  };
}

function finish(
  raw: RawFinding,
  paragraph: number | null,
  base: number,
  locale: Language,
): Finding {
  return {
    from: base + raw.from,
    to: base + raw.to,
    paragraph,
    ruleId: raw.ruleId,
    kind: raw.kind,
    severity: raw.severity,
    message: formatMessage(locale, raw.messageKey, raw.params),
    messageKey: raw.messageKey,
    params: raw.params,
    ...(raw.replacement === undefined ? {} : { replacement: raw.replacement }),
  };
}

/*
 * A paragraph's findings as returned, kept with its analysis for the last few places and
 * locales it was shown in (identical paragraphs share one analysis): an editor re-checking after
 * a keystroke gets the unchanged paragraphs' findings back without building them again.
 */
const shown = new WeakMap<ParagraphAnalysis, Map<string, readonly Finding[]>>();
const SHOWN_PLACES = 8;

function finished(
  analysis: ParagraphAnalysis,
  paragraph: number,
  base: number,
  locale: Language,
): readonly Finding[] {
  if (analysis.findings.length === 0) return [];
  const key = `${locale}:${paragraph}:${base}`;
  let places = shown.get(analysis);
  if (!places) {
    places = new Map();
    shown.set(analysis, places);
  }
  const known = places.get(key);
  if (known) return known;
  const findings = analysis.findings.map((raw) => finish(raw, paragraph, base, locale));
  places.set(key, findings);
  if (places.size > SHOWN_PLACES) places.delete(places.keys().next().value!);
  return findings;
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
