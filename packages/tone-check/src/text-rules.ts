import { characterLimit, NETWORKS, sliceCharacters } from '@chorus/post-model';
import type { ParagraphAnalysis, RawFinding } from './analyse.js';
import type { CheckOptions } from './checker.js';
import type { ToneGuide } from './guide.js';
import { addStats, NO_STATS, readingEase } from './readability.js';
import { emojiKey, tagKey, type Span, type TagSpan } from './signals.js';

/*
 * The rules that count across the whole text, run on the paragraphs' signals: emoji, hashtags,
 * exclamation marks, capitals, links, length and readability. Linear in the signals found.
 */

export type TextFinding = RawFinding & { readonly paragraph: number | null };

/** Fewer words than this and a readability figure says nothing. */
const MIN_READABILITY_WORDS = 30;

/** Visits the spans of every paragraph in order, with a running count (no copies). */
function each<S extends Span>(
  analyses: readonly ParagraphAnalysis[],
  pick: (analysis: ParagraphAnalysis) => readonly S[],
  visit: (span: S, paragraph: number, index: number) => void,
): void {
  let index = 0;
  analyses.forEach((analysis, paragraph) => {
    for (const span of pick(analysis)) {
      visit(span, paragraph, index);
      index += 1;
    }
  });
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
    span: { from: number; to: number },
    paragraph: number | null,
    rule: { id: string; severity: RawFinding['severity'] },
    kind: RawFinding['kind'],
    messageKey: RawFinding['messageKey'],
    params: RawFinding['params'],
  ): void => {
    out.push({
      from: span.from,
      to: span.to,
      paragraph,
      ruleId: rule.id,
      severity: rule.severity,
      kind,
      messageKey,
      params,
    });
  };
  const whole = { from: 0, to: 0 };

  const { emoji } = guide;
  if (emoji) {
    const allowed = emoji.policy === 'allow-list' ? new Set(emoji.allowed.map(emojiKey)) : null;
    each(
      analyses,
      (a) => a.signals.emoji,
      (span, paragraph, index) => {
        if (emoji.policy === 'none') {
          at(span, paragraph, emoji, 'emoji', 'emoji_none', { term: span.text });
        } else if (emoji.policy === 'max') {
          if (index >= emoji.max) {
            at(span, paragraph, emoji, 'emoji', 'emoji_max', { term: span.text, max: emoji.max });
          }
        } else if (!allowed?.has(emojiKey(span.text))) {
          at(span, paragraph, emoji, 'emoji', 'emoji_not_allowed', { term: span.text });
        }
      },
    );
  }

  const { hashtags } = guide;
  if (hashtags) {
    const banned = new Set((hashtags.banned ?? []).map(tagKey));
    const present = new Set<string>();
    each(
      analyses,
      (a) => a.signals.hashtags,
      (span: TagSpan, paragraph, index) => {
        const tag = span.key;
        present.add(tag);
        if (banned.has(tag)) {
          at(span, paragraph, hashtags, 'hashtag', 'hashtag_banned', { term: span.text });
        }
        if (hashtags.max !== undefined && index >= hashtags.max) {
          at(span, paragraph, hashtags, 'hashtag', 'hashtag_max', {
            term: span.text,
            max: hashtags.max,
          });
        }
      },
    );
    for (const tag of hashtags.required ?? []) {
      if (!present.has(tagKey(tag))) {
        at(whole, null, hashtags, 'hashtag', 'hashtag_missing', { term: tag });
      }
    }
  }

  const { exclamations } = guide;
  if (exclamations) {
    let count = 0;
    each(
      analyses,
      (a) => a.signals.exclamations,
      (span, paragraph) => {
        count += span.to - span.from;
        if (exclamations.noRepeats && span.to - span.from > 1) {
          at(span, paragraph, exclamations, 'exclamation', 'exclamation_repeat', {
            term: span.text,
          });
        } else if (exclamations.max !== undefined && count > exclamations.max) {
          at(span, paragraph, exclamations, 'exclamation', 'exclamation_max', {
            term: span.text,
            max: exclamations.max,
          });
        }
      },
    );
  }

  const { caps } = guide;
  if (caps) {
    const minLength = caps.minLength ?? 4;
    const allowed = new Set((caps.allowed ?? []).map((word) => word.toUpperCase()));
    let shouting = 0;
    each(
      analyses,
      (a) => a.signals.capsWords,
      (span, paragraph) => {
        if (span.to - span.from < minLength || allowed.has(span.text.toUpperCase())) return;
        shouting += 1;
        if (shouting > caps.maxWords) {
          at(span, paragraph, caps, 'caps', 'caps_max', { term: span.text, max: caps.maxWords });
        }
      },
    );
  }

  const { links } = guide;
  if (links?.requireUtm) {
    const exempt = links.exemptHosts ?? [];
    analyses.forEach((analysis, paragraph) => {
      for (const link of analysis.signals.links) {
        const free = exempt.some((host) => link.host === host || link.host.endsWith(`.${host}`));
        if (!link.tagged && !free)
          at(link, paragraph, links, 'link', 'link_utm', { term: link.text });
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
        at({ from, to: text.length }, paragraph, length, 'length', limit.key, {
          count,
          max: limit.max,
          network: limit.network,
        });
      }
    }
  }

  for (const figure of readabilityScores(guide, analyses)) {
    if (figure.score < figure.minScore) {
      at(
        whole,
        null,
        { id: figure.ruleId, severity: figure.severity },
        'readability',
        'readability',
        {
          score: figure.score,
          max: figure.minScore,
        },
      );
    }
  }
  return out;
}
