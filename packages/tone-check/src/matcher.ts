import type { Language } from './languages.js';
import { normalizeTerm } from './normalize.js';
import {
  hasThai,
  hebrewCandidates,
  stemmer,
  thaiWordAt,
  wordKey,
  words,
  wordsAround,
  type Word,
} from './words.js';

/*
 * Term lists compiled into a trie of words, walked once per word of the text: time grows with
 * the text times the longest term (in words), never with the number of terms, and nothing
 * backtracks — there is no regular expression from a rule anywhere. Thai terms (no spaces to
 * split on) are found as substrings of the normalized text that start and end on a word
 * boundary that `Intl.Segmenter` found.
 */

export interface MatchEntry<P> {
  readonly term: string;
  /** `stem`: Ukrainian words compare by stem; `exact`: as written (after normalization). */
  readonly mode: 'stem' | 'exact';
  readonly payload: P;
}

export interface Hit<P> {
  /** Offsets in the normalized text. */
  readonly from: number;
  readonly to: number;
  readonly payload: P;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  /** Entries whose last word ends here. */
  readonly ends: number[];
  /** Entries whose last word is a prefix (`cheap*`): the next word must start with it. */
  readonly prefixes: Array<{ readonly prefix: string; readonly entry: number }>;
}

function node(): TrieNode {
  return { children: new Map(), ends: [], prefixes: [] };
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;

/*
 * Persian writes the same word with a ZWNJ, a space or nothing between its parts (شبکه‌های,
 * شبکه های, شبکههای; می‌خواهم, می خواهم). A Persian term is compiled in each spelling.
 */
function persianVariants(term: string): string[] {
  if (!ARABIC_SCRIPT.test(term)) return [term];
  const spaced = term.replace(/\u200c/gu, ' ');
  const joined = spaced
    .replace(/(^|\s)(ن?می) /gu, '$1$2')
    .replace(/ (هایی|های|ها|ترین|تر)(?=\s|$)/gu, '$1');
  return [...new Set([term, spaced, joined])];
}

/** Between two words of a phrase only spaces, hyphens and slashes (anh/chị, את/ה). */
const GAP = /^[\s\-\u2010-\u2013/]*$/u;

export class TermMatcher<P> {
  private readonly root = node();
  private readonly thai: Array<{ text: string; wildcard: boolean; entry: number }> = [];
  private readonly payloads: P[] = [];

  constructor(
    private readonly language: Language,
    entries: Iterable<MatchEntry<P>>,
  ) {
    for (const entry of entries) this.add(entry);
  }

  get size(): number {
    return this.payloads.length;
  }

  private add({ term, mode, payload }: MatchEntry<P>): void {
    const index = this.payloads.push(payload) - 1;
    for (const variant of persianVariants(term)) this.addVariant(variant, mode, index);
  }

  private addVariant(term: string, mode: MatchEntry<P>['mode'], index: number): void {
    let text = normalizeTerm(term);
    const wildcard = text.endsWith('*');
    if (wildcard) text = text.slice(0, -1);
    if (hasThai(text)) {
      this.thai.push({ text, wildcard, entry: index });
      return;
    }
    const parts = words(text);
    if (parts.length === 0) return;
    let at = this.root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && wildcard) {
        at.prefixes.push({ prefix: part.text, entry: index });
        return;
      }
      const key = wordKey(part.text, this.language, mode === 'stem');
      let next = at.children.get(key);
      if (!next) {
        next = node();
        at.children.set(key, next);
      }
      at = next;
      if (last) at.ends.push(index);
    });
  }

  /** Every occurrence of every entry in a normalized text whose words are given. */
  match(text: string, list: readonly Word[] = words(text)): Hit<P>[] {
    const hits: Hit<P>[] = [];
    const seen = new Set<string>();
    const push = (from: number, to: number, entry: number): void => {
      const key = `${from}:${to}:${entry}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ from, to, payload: this.payloads[entry]! });
    };
    const stems: Array<string | undefined> = [];
    const stemOf = stemmer(this.language);
    const keysOf = (word: string, index: number | null): string[] => {
      if (!stemOf) return [word];
      let stem = index === null ? undefined : stems[index];
      if (stem === undefined) {
        stem = `~${stemOf(word)}`;
        if (index !== null) stems[index] = stem;
      }
      return [word, stem];
    };
    const walk = (at: TrieNode, next: number, from: number): void => {
      const previous = list[next - 1]!;
      const word = list[next];
      if (!word || !GAP.test(text.slice(previous.to, word.from))) return;
      for (const { prefix, entry } of at.prefixes) {
        if (word.text.startsWith(prefix)) push(from, word.to, entry);
      }
      for (const key of keysOf(word.text, next)) {
        const child = at.children.get(key);
        if (!child) continue;
        for (const entry of child.ends) push(from, word.to, entry);
        walk(child, next + 1, from);
      }
    };
    if (this.root.children.size > 0 || this.root.prefixes.length > 0) {
      list.forEach((word, i) => {
        const candidates =
          this.language === 'he' ? hebrewCandidates(word.text) : [{ text: word.text, skip: 0 }];
        for (const { text: candidate, skip } of candidates) {
          const from = word.from + skip;
          for (const { prefix, entry } of this.root.prefixes) {
            if (candidate.startsWith(prefix)) push(from, word.to, entry);
          }
          for (const key of keysOf(candidate, skip === 0 ? i : null)) {
            const child = this.root.children.get(key);
            if (!child) continue;
            for (const entry of child.ends) push(from, word.to, entry);
            walk(child, i + 1, from);
          }
        }
      });
    }
    if (this.thai.length > 0) this.matchThai(text, list, push);
    return hits.sort((a, b) => a.from - b.from || a.to - b.to);
  }

  private matchThai(
    text: string,
    _list: readonly Word[],
    push: (from: number, to: number, entry: number) => void,
  ): void {
    const candidates: Array<{ at: number; end: number; wildcard: boolean; entry: number }> = [];
    for (const { text: term, wildcard, entry } of this.thai) {
      if (!term) continue;
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        candidates.push({ at, end: at + term.length, wildcard, entry });
      }
    }
    if (candidates.length === 0) return;
    const wordAt = thaiWordAt(text);
    if (wordAt) {
      // Two boundary questions per candidate: a word starts at it, and the word holding its
      // last letter ends with it (or, for a `*` term, wherever that word ends).
      for (const { at, end, wildcard, entry } of candidates) {
        if (wordAt(at)?.from !== at) continue;
        const last = wordAt(end - 1);
        if (!last) continue;
        if (wildcard) push(at, last.to, entry);
        else if (last.to === end) push(at, end, entry);
      }
      return;
    }
    // No segmenter: the words around each candidate (each Thai run one word).
    for (const { at, end, wildcard, entry } of candidates) {
      const around = wordsAround(text, at, end);
      if (!around.some((word) => word.from === at)) continue;
      if (wildcard) {
        const word = around.find((w) => w.from <= end && w.to >= end);
        if (word) push(at, word.to, entry);
      } else if (around.some((word) => word.to === end)) {
        push(at, end, entry);
      }
    }
  }
}
