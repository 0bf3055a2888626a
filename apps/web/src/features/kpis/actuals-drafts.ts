// What a cell of the co-edited actuals grid goes through while it is not simply the stored
// value: typed (editing), sent (saving), refused by the network (failed) or by someone
// else's save (conflict). Nothing typed is dropped except by the person: a failed save keeps
// the text for a retry, and someone else's value never replaces an open draft: it is held
// beside it ("changed by Anna while you were typing") until the person keeps theirs or
// takes the other. Values are typed units (money in major units). No React.
import type { MetricId } from '@chorus/kpi-model';
import { cellProblem, type CellProblem } from './actuals-grid';
import { typedNumber } from './kpi-format';

export type DraftStatus = 'editing' | 'saving' | 'failed' | 'conflict';

/** Someone else's value of a cell with a draft, and who saved it (null: unknown). */
export interface Theirs {
  readonly value: number | null;
  readonly by: string | null;
}

export interface Draft {
  readonly text: string;
  /** The stored value the person started from: the save is guarded by it. */
  readonly base: number | null;
  readonly status: DraftStatus;
  readonly theirs: Theirs | null;
  /** failed: why (shown with a retry). */
  readonly error: string | null;
}

export type Drafts = ReadonlyMap<string, Draft>;

/** A stored cell as the grid reads it (typed units). */
export interface StoredCell {
  readonly value: number;
  readonly by: string | null;
}

/** What a save sends: the new value and the one it started from (typed units; null: empty). */
export interface SaveRequest {
  readonly value: number | null;
  readonly expected: number | null;
}

function withDraft(drafts: Drafts, key: string, draft: Draft | null): Drafts {
  const next = new Map(drafts);
  if (draft) next.set(key, draft);
  else next.delete(key);
  return next;
}

/** The text a stored value is typed as. */
export function storedText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Opens a cell: its draft when it has one (a failed or conflicting text is picked up
 * again), else a new one from the stored value, or from the key typed to open it.
 */
export function openDraft(
  drafts: Drafts,
  key: string,
  stored: number | null,
  typed?: string,
): Drafts {
  const draft = drafts.get(key);
  if (draft && draft.status !== 'saving') {
    return withDraft(drafts, key, {
      ...draft,
      text: typed ?? draft.text,
      status: draft.status === 'conflict' ? 'conflict' : 'editing',
    });
  }
  if (draft) return drafts;
  return withDraft(drafts, key, {
    text: typed ?? storedText(stored),
    base: stored,
    status: 'editing',
    theirs: null,
    error: null,
  });
}

export function setDraftText(drafts: Drafts, key: string, text: string): Drafts {
  const draft = drafts.get(key);
  return draft ? withDraft(drafts, key, { ...draft, text }) : drafts;
}

/** Escape: the person drops what they typed (a draft being saved stays). */
export function dropDraft(drafts: Drafts, key: string): Drafts {
  return drafts.get(key)?.status === 'saving' ? drafts : withDraft(drafts, key, null);
}

export type CommitResult =
  | { readonly kind: 'unchanged'; readonly drafts: Drafts }
  | { readonly kind: 'invalid'; readonly drafts: Drafts; readonly problem: CellProblem }
  | { readonly kind: 'save'; readonly drafts: Drafts; readonly request: SaveRequest };

/**
 * Enter, Tab or leaving the cell: an untouched cell closes, a bad value stays open with its
 * problem, a changed one is sent guarded by its base. A draft in conflict is sent too: the
 * server refuses it again until the person keeps theirs or takes the other.
 */
export function commitDraft(
  drafts: Drafts,
  key: string,
  metric: MetricId,
  currency: string,
): CommitResult {
  const draft = drafts.get(key);
  if (!draft || draft.status === 'saving') return { kind: 'unchanged', drafts };
  const typed = typedNumber(draft.text);
  const problem = cellProblem(metric, typed, currency);
  if (problem) return { kind: 'invalid', drafts, problem };
  const value = typed === '' ? null : typed;
  if (value === draft.base && draft.theirs === null) {
    return { kind: 'unchanged', drafts: withDraft(drafts, key, null) };
  }
  return {
    kind: 'save',
    drafts: withDraft(drafts, key, { ...draft, status: 'saving', error: null }),
    request: { value, expected: draft.base },
  };
}

/** The save went through: the cell is the stored value again (unless retyped meanwhile). */
export function draftSaved(drafts: Drafts, key: string): Drafts {
  return drafts.get(key)?.status === 'saving' ? withDraft(drafts, key, null) : drafts;
}

/** The save did not reach the server or was refused for another reason: keep the text. */
export function draftFailed(drafts: Drafts, key: string, error: string): Drafts {
  const draft = drafts.get(key);
  return draft ? withDraft(drafts, key, { ...draft, status: 'failed', error }) : drafts;
}

/** The server refused the save: the cell holds `theirs` now. The text stays. */
export function draftConflict(drafts: Drafts, key: string, theirs: Theirs): Drafts {
  const draft = drafts.get(key);
  return draft
    ? withDraft(drafts, key, { ...draft, status: 'conflict', theirs, error: null })
    : drafts;
}

/**
 * Stored values arrived (someone saved): a draft whose base is no longer what the cell
 * holds gets the new value beside it; cells without a draft simply show what is stored.
 * Drafts being saved are left alone (their own answer decides).
 */
export function receiveStored(drafts: Drafts, stored: ReadonlyMap<string, StoredCell>): Drafts {
  let next: Map<string, Draft> | null = null;
  for (const [key, draft] of drafts) {
    if (draft.status === 'saving') continue;
    const cell = stored.get(key);
    const value = cell?.value ?? null;
    const known = draft.theirs ? draft.theirs.value : draft.base;
    if (value === known) continue;
    next ??= new Map(drafts);
    next.set(key, {
      ...draft,
      theirs: value === draft.base ? null : { value, by: cell?.by ?? null },
    });
  }
  return next ?? drafts;
}

/**
 * Keep mine: the person's text is to replace the other value, so the draft now starts from
 * it. A conflicting draft is sent again at once; an open one stays open.
 */
export function keepMine(
  drafts: Drafts,
  key: string,
): { drafts: Drafts; request: SaveRequest | null } {
  const draft = drafts.get(key);
  if (!draft?.theirs) return { drafts, request: null };
  const rebased: Draft = { ...draft, base: draft.theirs.value, theirs: null };
  if (draft.status !== 'conflict' && draft.status !== 'failed') {
    return { drafts: withDraft(drafts, key, rebased), request: null };
  }
  const typed = typedNumber(draft.text);
  const value = typed === '' ? null : typed;
  if (value === rebased.base) return { drafts: withDraft(drafts, key, null), request: null };
  return {
    drafts: withDraft(drafts, key, { ...rebased, status: 'saving', error: null }),
    request: { value, expected: rebased.base },
  };
}

/** Take theirs: the draft goes; the cell shows what is stored. */
export function takeTheirs(drafts: Drafts, key: string): Drafts {
  return withDraft(drafts, key, null);
}

/** Retry a failed save as it was. */
export function retryDraft(
  drafts: Drafts,
  key: string,
): { drafts: Drafts; request: SaveRequest | null } {
  const draft = drafts.get(key);
  if (draft?.status !== 'failed') return { drafts, request: null };
  const typed = typedNumber(draft.text);
  return {
    drafts: withDraft(drafts, key, { ...draft, status: 'saving', error: null }),
    request: { value: typed === '' ? null : typed, expected: draft.base },
  };
}
