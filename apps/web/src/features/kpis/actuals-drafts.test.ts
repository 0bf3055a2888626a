import {
  commitDraft,
  draftConflict,
  draftFailed,
  draftSaved,
  keepMine,
  openDraft,
  receiveStored,
  retryDraft,
  setDraftText,
  takeTheirs,
  type Drafts,
} from './actuals-drafts';

const KEY = 'instagram|reach|2026-11';
const none: Drafts = new Map();

function typed(text: string, stored: number | null = 100): Drafts {
  return setDraftText(openDraft(none, KEY, stored), KEY, text);
}

describe('a cell of the co-edited actuals grid', () => {
  it('sends a changed value guarded by the one it started from, and closes untouched ones', () => {
    const commit = commitDraft(typed('120'), KEY, 'reach', 'EUR');
    expect(commit.kind).toBe('save');
    if (commit.kind !== 'save') return;
    expect(commit.request).toEqual({ value: 120, expected: 100 });
    expect(commit.drafts.get(KEY)?.status).toBe('saving');
    expect(draftSaved(commit.drafts, KEY).has(KEY)).toBe(false);

    expect(commitDraft(typed('100'), KEY, 'reach', 'EUR').drafts.has(KEY)).toBe(false);
    const cleared = commitDraft(typed(''), KEY, 'reach', 'EUR');
    expect(cleared.kind === 'save' && cleared.request).toEqual({ value: null, expected: 100 });
    const bad = commitDraft(typed('-3'), KEY, 'reach', 'EUR');
    expect(bad).toMatchObject({ kind: 'invalid', problem: 'negative' });
    expect(bad.drafts.get(KEY)?.text).toBe('-3');
  });

  it('keeps the text of a failed save and sends it again on retry', () => {
    const commit = commitDraft(typed('130'), KEY, 'reach', 'EUR');
    const failed = draftFailed(commit.drafts, KEY, 'Network down');
    expect(failed.get(KEY)).toMatchObject({ status: 'failed', text: '130', error: 'Network down' });
    const retried = retryDraft(failed, KEY);
    expect(retried.request).toEqual({ value: 130, expected: 100 });
    expect(retried.drafts.get(KEY)?.status).toBe('saving');
    // Reopening a failed cell picks its text up again.
    expect(openDraft(failed, KEY, 100).get(KEY)?.text).toBe('130');
  });

  it('lets stored values through to idle cells and holds them beside a cell being typed in', () => {
    const editing = typed('150');
    const other = 'instagram|clicks|2026-11';
    const stored = new Map([
      [KEY, { value: 170, by: 'Anna' }],
      [other, { value: 9, by: 'Anna' }],
    ]);
    const next = receiveStored(editing, stored);
    expect(next.get(KEY)).toMatchObject({
      text: '150',
      base: 100,
      theirs: { value: 170, by: 'Anna' },
    });
    expect(next.has(other)).toBe(false);
    // Nothing changed: the same drafts come back (no re-render).
    expect(receiveStored(next, stored)).toBe(next);
    // A draft being saved waits for its own answer.
    const saving = commitDraft(typed('150'), KEY, 'reach', 'EUR').drafts;
    expect(receiveStored(saving, stored)).toBe(saving);
  });

  it('on a conflict keeps the text; keeping mine re-sends from their value, taking theirs drops it', () => {
    const saving = commitDraft(typed('150'), KEY, 'reach', 'EUR').drafts;
    const conflict = draftConflict(saving, KEY, { value: 170, by: 'Anna' });
    expect(conflict.get(KEY)).toMatchObject({ status: 'conflict', text: '150' });
    const kept = keepMine(conflict, KEY);
    expect(kept.request).toEqual({ value: 150, expected: 170 });
    expect(takeTheirs(conflict, KEY).has(KEY)).toBe(false);

    // While typing, keeping mine only moves the start: the next commit is guarded by theirs.
    const marked = receiveStored(typed('150'), new Map([[KEY, { value: 170, by: 'Anna' }]]));
    const rebased = keepMine(marked, KEY);
    expect(rebased.request).toBeNull();
    const commit = commitDraft(rebased.drafts, KEY, 'reach', 'EUR');
    expect(commit.kind === 'save' && commit.request).toEqual({ value: 150, expected: 170 });
  });
});
