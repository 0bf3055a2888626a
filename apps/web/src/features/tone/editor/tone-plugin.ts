import {
  ToneInputError,
  type Checker,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type Language,
} from '@chorus/tone-check';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** What the editor checks against: the brand's compiled guideline, the text's language, options. */
export interface ToneSettings {
  /** Null while the guideline loads, or when the brand has none: nothing is checked. */
  readonly checker: Checker | null;
  /** The document's declared language (each paragraph's own is detected). */
  readonly language: Language;
  /** Locale of the messages, findings ignored once… */
  readonly options: CheckOptions;
}

/** A finding placed in the document: `from`/`to` are ProseMirror positions. */
export interface PlacedFinding {
  readonly finding: Finding;
  readonly from: number;
  readonly to: number;
}

export interface ToneState {
  readonly settings: ToneSettings;
  readonly result: CheckResult | null;
  /** Findings under a word, in document order. Findings about the whole text are in `result`. */
  readonly placed: readonly PlacedFinding[];
  readonly decorations: DecorationSet;
  /** Set when the checker refused the text (too long): nothing is underlined then. */
  readonly refused: string | null;
}

export const toneKey = new PluginKey<ToneState>('toneCheck');

/** The name of the performance measure each check records (browser tests read it). */
export const TONE_MEASURE = 'chorus:tone-check';

/**
 * Each textblock's text with one character per inline leaf (a hard break is a line break,
 * anything else the object replacement character), so an offset into the string plus the
 * block's content start is its document position. Nodes are immutable and unchanged blocks
 * are shared between documents, so the text of a block is computed once.
 */
const blockTexts = new WeakMap<PmNode, string>();

function textOf(block: PmNode): string {
  let text = blockTexts.get(block);
  if (text === undefined) {
    text = block.textBetween(0, block.content.size, undefined, (leaf) =>
      leaf.type.name === 'hardBreak' ? '\n' : '\ufffc',
    );
    blockTexts.set(block, text);
  }
  return text;
}

/** The document's textblocks: their texts and where their content starts. */
export function readBlocks(doc: PmNode): { texts: string[]; starts: number[] } {
  const texts: string[] = [];
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      texts.push(textOf(node));
      starts.push(pos + 1);
      return false;
    }
    return true;
  });
  return { texts, starts };
}

/** What makes two decorations the same drawing (the range aside). */
function drawingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.severity}|${finding.kind}|${finding.message}`;
}

function decorationFor(placed: PlacedFinding): Decoration {
  const { finding } = placed;
  const tier = finding.kind === 'escalation' ? 'escalation' : finding.severity;
  return Decoration.inline(
    placed.from,
    placed.to,
    {
      class: `tone-finding tone-finding--${tier}`,
      'data-tone-rule': finding.ruleId,
      'data-tone-kind': finding.kind,
      title: finding.message,
    },
    { tone: drawingKey(finding) },
  );
}

/**
 * The previous decorations moved through the transaction, with only those that no longer
 * match a finding taken out and the new ones put in: unchanged parts of the set keep their
 * identity, so the view redraws only the blocks whose underlines changed.
 */
function updateDecorations(
  previous: DecorationSet,
  mapping: Mapping,
  doc: PmNode,
  placed: readonly PlacedFinding[],
): DecorationSet {
  const mapped = previous.map(mapping, doc);
  const wanted = new Map<string, PlacedFinding>();
  for (const item of placed) {
    wanted.set(`${item.from}:${item.to}:${drawingKey(item.finding)}`, item);
  }
  const stale: Decoration[] = [];
  for (const decoration of mapped.find()) {
    const key = `${decoration.from}:${decoration.to}:${(decoration.spec as { tone?: string }).tone}`;
    if (wanted.has(key)) wanted.delete(key);
    else stale.push(decoration);
  }
  if (stale.length === 0 && wanted.size === 0) return mapped;
  return mapped.remove(stale).add(doc, [...wanted.values()].map(decorationFor));
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function measure(start: number): void {
  if (typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
  try {
    performance.measure(TONE_MEASURE, { start, end: performance.now() });
  } catch {
    // An environment without user timing: the figure is for tests, the check still ran.
  }
}

/**
 * Checks the whole document through the checker's paragraph cache: only textblocks whose text
 * changed since an earlier check are analysed again; the others' findings come back from the
 * cache, and the rules that count across the text are recombined.
 */
export function computeTone(
  doc: PmNode,
  settings: ToneSettings,
  /** The state before a transaction that changed only the text: its decorations are reused. */
  previous?: { state: ToneState; mapping: Mapping },
): ToneState {
  const empty = { settings, result: null, placed: [], decorations: DecorationSet.empty };
  if (!settings.checker) return { ...empty, refused: null };
  const start = now();
  const { texts, starts } = readBlocks(doc);
  let result: CheckResult;
  try {
    result = settings.checker.checkParagraphs(texts, settings.language, settings.options);
  } catch (error) {
    if (error instanceof ToneInputError) return { ...empty, refused: error.code };
    throw error;
  }
  const placed: PlacedFinding[] = [];
  for (const finding of result.findings) {
    if (finding.paragraph === null || finding.to <= finding.from) continue;
    const base = starts[finding.paragraph];
    if (base === undefined) continue;
    placed.push({ finding, from: base + finding.from, to: base + finding.to });
  }
  const decorations =
    previous && previous.state.result
      ? updateDecorations(previous.state.decorations, previous.mapping, doc, placed)
      : DecorationSet.create(doc, placed.map(decorationFor));
  measure(start);
  return { settings, result, placed, decorations, refused: null };
}

/** A transaction's request to change the settings (a loaded guideline, an ignored finding). */
type ToneMeta = { settings: ToneSettings };

const NO_SETTINGS: ToneSettings = { checker: null, language: 'en', options: {} };

/**
 * The tone check as a ProseMirror plugin: findings underlined as inline decorations, computed
 * in the same transaction as the keystroke (so the frame that shows the letter shows its
 * underline), the result kept in the plugin state for the side panel.
 */
export function tonePlugin(initial: ToneSettings = NO_SETTINGS): Plugin<ToneState> {
  return new Plugin<ToneState>({
    key: toneKey,
    state: {
      init: (_config, state: EditorState) => computeTone(state.doc, initial),
      apply(tr: Transaction, value: ToneState, _old: EditorState, state: EditorState) {
        const meta = tr.getMeta(toneKey) as ToneMeta | undefined;
        if (meta) return computeTone(state.doc, meta.settings);
        if (tr.docChanged) {
          return computeTone(state.doc, value.settings, { state: value, mapping: tr.mapping });
        }
        return value;
      },
    },
    props: {
      decorations: (state) => toneKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** Hands the plugin new settings (the guideline arrived, the locale changed, a finding ignored). */
export function setToneSettings(view: EditorView, settings: ToneSettings): void {
  view.dispatch(view.state.tr.setMeta(toneKey, { settings } satisfies ToneMeta));
}

/** Puts a finding's replacement in place of its range (one-click fix). False when it has none. */
export function replaceFinding(view: EditorView, placed: PlacedFinding): boolean {
  const replacement = placed.finding.replacement;
  if (replacement === undefined) return false;
  // Only while the range still holds what was flagged (someone else may have changed it).
  const state = toneKey.getState(view.state);
  if (!state?.placed.some((item) => item.from === placed.from && item.to === placed.to)) {
    return false;
  }
  view.dispatch(view.state.tr.insertText(replacement, placed.from, placed.to));
  return true;
}

/** The flagged text of a placed finding, as it stands in the document. */
export function placedText(state: EditorState, placed: PlacedFinding): string {
  return state.doc.textBetween(placed.from, placed.to);
}
