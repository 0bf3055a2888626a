import { addRow, initPlan, readPlan } from '@chorus/media-plan-model';
import { act, renderHook } from '@testing-library/react';
import * as Y from 'yjs';
import { usePlanWriter } from './use-plan-undo';

function planDoc(): Y.Doc {
  const doc = new Y.Doc();
  initPlan(doc, {
    flightStart: '2027-01-04',
    flightEnd: '2027-01-31',
    granularity: 'week',
    currency: 'USD',
  });
  return doc;
}

describe('the plan writer', () => {
  it('writes nothing, and undoes nothing, once the plan is not editable — also through an older writer', () => {
    const doc = planDoc();
    const { result, rerender } = renderHook(({ editable }) => usePlanWriter(doc, editable), {
      initialProps: { editable: true },
    });
    const earlier = result.current;
    let id: string | undefined;
    act(() => {
      id = earlier.write(() => addRow(doc, 'PAID', { channel: 'Instagram' }));
    });
    expect(id).toEqual(expect.any(String));
    expect(result.current.canUndo).toBe(true);

    rerender({ editable: false });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (const writer of [earlier, result.current]) {
      let written: string | undefined = 'not called';
      act(() => {
        written = writer.write(() => addRow(doc, 'PAID', { channel: 'Facebook' }));
        writer.undo();
        writer.redo();
      });
      expect(written).toBeUndefined();
    }
    expect(updates).toEqual([]);
    expect(result.current.canUndo).toBe(false);
    expect(readPlan(doc).blocks.PAID.map((row) => row.channel)).toEqual(['Instagram']);

    // Editable again: the history is still there.
    rerender({ editable: true });
    expect(result.current.canUndo).toBe(true);
    act(() => result.current.undo());
    expect(readPlan(doc).blocks.PAID).toEqual([]);
  });
});
