import { describe, expect, it } from '@jest/globals';
import { addRow, initPlan, removeRow, setCell } from '@chorus/media-plan-model';
import * as Y from 'yjs';
import { planDiff, wordDiff } from './approval-diff.js';

describe('wordDiff', () => {
  it('marks the words inserted and deleted and keeps the rest', () => {
    expect(wordDiff('Sale starts on Monday at noon', 'Sale starts on Friday at noon!')).toEqual([
      { op: 'equal', text: 'Sale starts on ' },
      { op: 'delete', text: 'Monday' },
      { op: 'insert', text: 'Friday' },
      { op: 'equal', text: ' at ' },
      { op: 'delete', text: 'noon' },
      { op: 'insert', text: 'noon!' },
    ]);
  });

  it('answers one equal part for the same text and one insert for a new one', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ op: 'equal', text: 'same words' }]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
  });
});

describe('planDiff', () => {
  it('finds rows added and removed, cells changed old → new and totals before → after', () => {
    const before = new Y.Doc();
    expect(
      initPlan(before, {
        flightStart: '2026-01-01',
        flightEnd: '2026-03-31',
        granularity: 'month',
        currency: 'EUR',
      }).ok,
    ).toBe(true);
    const kept = addRow(before, 'PAID', { channel: 'Instagram', activity: 'Ads' });
    const dropped = addRow(before, 'OWNED', { channel: 'Blog', activity: 'Posts' });
    expect(setCell(before, kept, '2026-01', { budget: 10_000, quantity: 5 }).ok).toBe(true);
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    expect(setCell(after, kept, '2026-01', { budget: 25_000 }).ok).toBe(true);
    const added = addRow(after, 'EARNED', { channel: 'Press', activity: 'PR' });
    removeRow(after, dropped);
    const diff = planDiff(before, after);
    expect(diff.rowsAdded.map((r) => r.rowId)).toEqual([added]);
    expect(diff.rowsRemoved.map((r) => r.rowId)).toEqual([dropped]);
    expect(diff.cellsChanged).toContainEqual({
      rowId: kept,
      column: '2026-01',
      field: 'budget',
      before: '10000',
      after: '25000',
    });
    expect(diff.totals[0]).toMatchObject({
      scope: 'overall',
      budgetBefore: 10_000,
      budgetAfter: 25_000,
    });
  });
});
