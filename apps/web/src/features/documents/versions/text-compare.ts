import { diffArrays, diffLines, type ChangeObject } from 'diff';

export type DiffKind = 'same' | 'added' | 'removed';

/** A stretch of text that both sides share, or that only the newer / older side has. */
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** What the comparison shows: the parts, with long unchanged stretches folded away. */
export type DiffItem = DiffPart | { kind: 'collapsed'; text: string; lines: number };

/*
 * Words as the language splits them: Thai has no spaces between words, so a
 * whitespace split would turn a changed Thai sentence into one changed "word".
 */
const segmenter =
  typeof Intl.Segmenter === 'function'
    ? new Intl.Segmenter(undefined, { granularity: 'word' })
    : null;

function words(text: string): string[] {
  if (!segmenter) return text.split(/(\s+)/).filter(Boolean);
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function kindOf(change: ChangeObject<unknown>): DiffKind {
  return change.added ? 'added' : change.removed ? 'removed' : 'same';
}

function push(parts: DiffPart[], part: DiffPart): void {
  if (!part.text) return;
  const last = parts[parts.length - 1];
  if (last?.kind === part.kind) last.text += part.text;
  else parts.push({ ...part });
}

const visible = (text: string) => text.replace(/\s+/g, '').length;

/** Below this share of common text, a rewritten block reads better whole than word by word. */
const minShared = 0.4;

/** The whitespace that both texts start (or end) with, short of either text whole. */
function sharedSpace(a: string, b: string, edge: 'start' | 'end'): string {
  const pattern = edge === 'start' ? /^[^\S\n]+/ : /[^\S\n]+$/;
  const ofA = pattern.exec(a)?.[0] ?? '';
  const ofB = pattern.exec(b)?.[0] ?? '';
  const length = Math.min(ofA.length, ofB.length, a.length - 1, b.length - 1);
  if (length <= 0) return '';
  return edge === 'start' ? ofA.slice(0, length) : ofA.slice(ofA.length - length);
}

/**
 * Word-level changes inside a block of changed lines. Runs of changes separated only by
 * spaces become one removal followed by one insertion, so "a b" → "x y" does not read as
 * four interleaved fragments.
 */
function wordChanges(before: string, after: string): DiffPart[] {
  const changes = diffArrays(words(before), words(after));
  const shared = changes
    .filter((change) => !change.added && !change.removed)
    .reduce((total, change) => total + visible(change.value.join('')), 0);
  if (shared < minShared * Math.max(visible(before), visible(after))) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  }

  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    // Spacing both sides share at the edges of a change is unchanged text.
    const lead = removed && added ? sharedSpace(removed, added, 'start') : '';
    const trail = removed && added ? sharedSpace(removed, added, 'end') : '';
    const trim = (text: string) => text.slice(lead.length, text.length - trail.length);
    push(parts, { kind: 'same', text: lead });
    push(parts, { kind: 'removed', text: trim(removed) });
    push(parts, { kind: 'added', text: trim(added) });
    push(parts, { kind: 'same', text: trail });
    removed = '';
    added = '';
  };
  changes.forEach((change, index) => {
    const text = change.value.join('');
    const kind = kindOf(change);
    const between =
      kind === 'same' &&
      /^[^\S\n]+$/.test(text) &&
      (removed || added) &&
      index + 1 < changes.length;
    if (kind === 'removed') removed += text;
    else if (kind === 'added') added += text;
    else if (between) {
      removed += text;
      added += text;
    } else {
      flush();
      push(parts, { kind: 'same', text });
    }
  });
  flush();
  return parts;
}

/**
 * A readable comparison of two texts: changed lines first, then the words within each
 * changed block. `before` is the older text (a version), `after` the newer (the current).
 */
export function compareTexts(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const lines = diffLines(before, after);
  for (let index = 0; index < lines.length; index += 1) {
    const change = lines[index]!;
    const next = lines[index + 1];
    if (change.removed && next?.added) {
      for (const part of wordChanges(change.value, next.value)) push(parts, part);
      index += 1;
    } else {
      push(parts, { kind: kindOf(change), text: change.value });
    }
  }
  return parts;
}

/** Lines of a text, each keeping its line break. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/**
 * Folds unchanged stretches longer than `context` lines on each side of a change (at the
 * very start and end, only the side next to a change stays). Folding fewer than
 * `minHidden` lines would hide nearly nothing, so those stay.
 */
export function collapseUnchanged(
  parts: readonly DiffPart[],
  context = 2,
  minHidden = 3,
): DiffItem[] {
  if (parts.every((part) => part.kind === 'same')) return [...parts];
  const items: DiffItem[] = [];
  parts.forEach((part, index) => {
    if (part.kind !== 'same') {
      items.push(part);
      return;
    }
    const lines = splitLines(part.text);
    const head = index === 0 ? 0 : context;
    const tail = index === parts.length - 1 ? 0 : context;
    const hidden = lines.length - head - tail;
    if (hidden < minHidden) {
      items.push(part);
      return;
    }
    const kept = (from: number, to: number) => lines.slice(from, to).join('');
    if (head > 0) items.push({ kind: 'same', text: kept(0, head) });
    items.push({ kind: 'collapsed', text: kept(head, head + hidden), lines: hidden });
    if (tail > 0) items.push({ kind: 'same', text: kept(head + hidden, lines.length) });
  });
  return items;
}
