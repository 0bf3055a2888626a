import * as Y from 'yjs';
import { addRow, moveRow, removeRow, setCell, updateRow, updateSettings } from './plan.js';
import { PlanReader } from './plan-reader.js';
import { readPlan } from './read-plan.js';
import { buildPlanDoc, connectedPeers } from './testing/factories.js';

describe('the incremental plan reader', () => {
  it('returns the same view while nothing changes', () => {
    const { doc } = buildPlanDoc();
    const reader = new PlanReader(doc);
    expect(reader.read()).toBe(reader.read());
    reader.destroy();
  });

  it('re-reads only the edited row and keeps the others identical', () => {
    const { doc, ids } = buildPlanDoc();
    const reader = new PlanReader(doc);
    const before = reader.read();
    setCell(doc, ids[1] as string, '2027-W03', { budget: 42 });
    const after = reader.read();
    expect(after).not.toBe(before);
    expect(after.blocks.PAID[0]).toBe(before.blocks.PAID[0]);
    expect(after.blocks.OWNED[0]).toBe(before.blocks.OWNED[0]);
    expect(after.blocks.PAID[1]).not.toBe(before.blocks.PAID[1]);
    expect(after).toEqual(readPlan(doc));
    reader.destroy();
  });

  it('matches a full read after every kind of change, local or remote', () => {
    const { doc, ids } = buildPlanDoc();
    const { a, b, sync } = connectedPeers(doc);
    const reader = new PlanReader(a);
    reader.read();
    const steps: (() => void)[] = [
      () => addRow(a, 'OWNED', { channel: 'Blog' }, null),
      () => updateRow(a, ids[0] as string, { objective: 'Awareness' }),
      () => moveRow(a, ids[0] as string, 'EARNED', null),
      () => removeRow(a, ids[3] as string),
      () => {
        setCell(b, ids[1] as string, '2027-W05', { note: 'remote' });
        sync();
      },
      () => updateSettings(a, { flightEnd: '2027-03-31' }),
      () => setCell(a, ids[1] as string, '2027-W12', { budget: 12 }),
      () => updateSettings(a, { granularity: 'month' }),
      () => {
        // A client replacing the whole rows map.
        a.getMap('mediaPlan').set('rows', new Y.Map());
      },
    ];
    for (const step of steps) {
      step();
      expect(reader.read()).toEqual(readPlan(a));
    }
    reader.destroy();
  });

  it('stops observing after destroy', () => {
    const { doc, ids } = buildPlanDoc();
    const reader = new PlanReader(doc);
    const view = reader.read();
    reader.destroy();
    setCell(doc, ids[0] as string, '2027-W02', { budget: 5 });
    expect(reader.read()).toBe(view);
  });
});
