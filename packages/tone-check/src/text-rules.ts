import { characterLimit, NETWORKS, sliceCharacters } from '@chorus/post-model';
import type { ParagraphAnalysis, RawFinding } from './analyse.js';
import type { CheckOptions } from './checker.js';
import type { ToneGuide } from './guide.js';
import { addStats, NO_STATS, readingEase } from './readability.js';
import { emojiKey, type Span } from './signals.js';

/*
 * The rules that count across the whole text, run on the paragraphs' signals: emoji, hashtags,
 * exclamation marks, capitals, links, length and readability. Linear in the signals found.
 */

export type TextFinding = RawFinding & { readonly paragraph: number | null };

/** Fewer words than this and a readability figure says nothing. */
const MIN_READABILITY_WORDS = 30;

function located(
  analyses: readonly ParagraphAnalysis[],
  pick: (analysis: ParagraphAnalysis) => readonly Span[],
): Array<Span & { paragraph: number }> {
  const all: Array<Span & { paragraph: number }> = [];
  analyses.forEach((analysis, paragraph) => {
    for (const span of pick(analysis)) all.push({ ...span, paragraph });
  });
  return all;
}

export function readabilityScores(
  guide: ToneGuide,
  analyses: readonly ParagraphAnalysis[],
): Array<{ ruleId: string; score: number; minScore: number; severity: RawFinding['severity'] }> {
  const scores: Array<{
    ruleId: string;
    score: number;
    minScore: number;
    severity: RawFinding['severity'];
  }> = [];
  for (const rule of guide.readability) {
    let stats = NO_STATS;
    for (const analysis of analyses) {
      if (analysis.language === rule.language && analysis.stats)
        stats = addStats(stats, analysis.stats);
    }
    if (stats.words < MIN_READABILITY_WORDS) continue;
    const score = readingEase(stats, rule.language);
    if (score !== null)
      scores.push({ ruleId: rule.id, score, minScore: rule.minScore, severity: rule.severity });
  }
  return scores;
}

export function textRules(
  guide: ToneGuide,
  paragraphs: readonly string[],
  analyses: readonly ParagraphAnalysis[],
  options: CheckOptions,
): TextFinding[] {
  const out: TextFinding[] = [];
  const at = (
    span: { from: number; to: number; paragraph: number | null },
    rule: { id: string; severity: RawFinding['severity'] },
    kind: RawFinding['kind'],
    messageKey: RawFinding['messageKey'],
    params: RawFinding['params'],
  ): void => {
    out.push({
      from: span.from,
      to: span.to,
      paragraph: span.paragraph,
      ruleId: rule.id,
      severity: rule.severity,
      kind,
      messageKey,
      params,
    });
  };
  const whole = { from: 0, to: 0, paragraph: null };

  const { emoji } = guide;
  if (emoji) {
    const found = located(analyses, (a) => a.signals.emoji);
    if (emoji.policy === 'none') {
      for (const span of found) at(span, emoji, 'emoji', 'emoji_none', { term: span.text });
    } else if (emoji.policy === 'max') {
      for (const span of found.slice(emoji.max))
        at(span, emoji, 'emoji', 'emoji_max', { term: span.text, max: emoji.max });
    } else {
      const allowed = new Set(emoji.allowed.map(emojiKey));
      for (const span of found) {
        if (!allowed.has(emojiKey(span.text)))
          at(span, emoji, 'emoji', 'emoji_not_allowed', { term: span.text });
      }
    }
  }

  const { hashtags } = guide;
  if (hashtags) {
    const found = located(analyses, (a) => a.signals.hashtags);
    const key = (tag: string): string => tag.normalize('NFC').toLocaleLowerCase();
    const banned = new Set((hashtags.banned ?? []).map(key));
    for (const span of found) {
      if (banned.has(key(span.text)))
        at(span, hashtags, 'hashtag', 'hashtag_banned', { term: span.text });
    }
    if (hashtags.max !== undefined) {
      for (const span of found.slice(hashtags.max))
        at(span, hashtags, 'hashtag', 'hashtag_max', { term: span.text, max: hashtags.max });
    }
    const present = new Set(found.map((span) => key(span.text)));
    for (const tag of hashtags.required ?? []) {
      if (!present.has(key(tag))) at(whole, hashtags, 'hashtag', 'hashtag_missing', { term: tag });
    }
  }

  const { exclamations } = guide;
  if (exclamations) {
    const found = located(analyses, (a) => a.signals.exclamations);
    let count = 0;
    for (const span of found) {
      count += [...span.text].length;
      if (exclamations.noRepeats && span.to - span.from > 1) {
        at(span, exclamations, 'exclamation', 'exclamation_repeat', { term: span.text });
      } else if (exclamations.max !== undefined && count > exclamations.max) {
        at(span, exclamations, 'exclamation', 'exclamation_max', {
          term: span.text,
          max: exclamations.max,
        });
      }
    }
  }

  const { caps } = guide;
  if (caps) {
    const minLength = caps.minLength ?? 4;
    const allowed = new Set((caps.allowed ?? []).map((word) => word.toUpperCase()));
    const shouting = located(analyses, (a) => a.signals.capsWords).filter(
      (span) => [...span.text].length >= minLength && !allowed.has(span.text.toUpperCase()),
    );
    for (const span of shouting.slice(caps.maxWords)) {
      at(span, caps, 'caps', 'caps_max', { term: span.text, max: caps.maxWords });
    }
  }

  const { links } = guide;
  if (links?.requireUtm) {
    const exempt = links.exemptHosts ?? [];
    analyses.forEach((analysis, paragraph) => {
      for (const link of analysis.signals.links) {
        const free = exempt.some((host) => link.host === host || link.host.endsWith(`.${host}`));
        if (!link.tagged && !free)
          at({ ...link, paragraph }, links, 'link', 'link_utm', { term: link.text });
      }
    });
  }

  const { length } = guide;
  if (length) {
    const limits: Array<{ max: number; key: RawFinding['messageKey']; network: string }> = [];
    if (length.maxCharacters !== undefined)
      limits.push({ max: length.maxCharacters, key: 'length_brand', network: '' });
    const network = options.network;
    if (network && (!length.networks || length.networks.includes(network))) {
      limits.push({
        max: characterLimit(network, options.withMedia ?? false),
        key: 'length_network',
        network: NETWORKS[network].label,
      });
    }
    const units = analyses.reduce((sum, a) => sum + a.length, Math.max(0, analyses.length - 1));
    const limit = limits.sort((a, b) => a.max - b.max)[0];
    // A grapheme is at least one UTF-16 unit: a text no longer than the limit in units fits.
    if (limit && units > limit.max) {
      const count = analyses.reduce(
        (sum, a) => sum + a.characters(),
        Math.max(0, analyses.length - 1),
      );
      if (count > limit.max) {
        let left = limit.max;
        let paragraph = 0;
        while (paragraph < analyses.length - 1 && analyses[paragraph]!.characters() + 1 <= left) {
          left -= analyses[paragraph]!.characters() + 1;
          paragraph += 1;
        }
        const text = paragraphs[paragraph] ?? '';
        const from = sliceCharacters(text, left).length;
        at({ from, to: text.length, paragraph }, length, 'length', limit.key, {
          count,
          max: limit.max,
          network: limit.network,
        });
      }
    }
  }

  for (const figure of readabilityScores(guide, analyses)) {
    if (figure.score < figure.minScore) {
      at(whole, { id: figure.ruleId, severity: figure.severity }, 'readability', 'readability', {
        score: figure.score,
        max: figure.minScore,
      });
    }
  }
  return out;
}
