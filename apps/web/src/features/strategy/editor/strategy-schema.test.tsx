import {
  BLOCKS,
  COMPETITOR_FIELDS,
  DRIVER_BARRIER_FIELDS,
  el,
  MARKS,
  p,
  PERSONA_FIELDS,
  RICH_NODES,
  SMART_GOAL_FIELDS,
} from '@chorus/strategy-model';
import { renderStrategyEditor, storedXml, strategyDoc } from './test-support';

/*
 * y-tiptap deletes Yjs content whose node or mark names the editor's schema does not know,
 * and drops attributes it does not declare: every name and field of strategy-model's
 * schema.ts (what the server reads) must be in the editor's schema.
 */
describe('the strategy editor’s schema', () => {
  it('has every node, mark and typed-block attribute of strategy-model’s schema', async () => {
    const { editor } = await renderStrategyEditor(strategyDoc([p('')]));
    const { schema } = editor;

    const nodes = [...Object.values(RICH_NODES), ...Object.values(BLOCKS)];
    expect(nodes.filter((name) => !schema.nodes[name])).toEqual([]);
    expect(Object.values(MARKS).filter((name) => !schema.marks[name])).toEqual([]);

    const attributes = (name: string) => Object.keys(schema.nodes[name]?.spec.attrs ?? {});
    const fields: Array<[string, readonly string[]]> = [
      [BLOCKS.smartGoal, ['goalId', ...SMART_GOAL_FIELDS]],
      [BLOCKS.persona, PERSONA_FIELDS],
      [BLOCKS.driverBarrierRow, DRIVER_BARRIER_FIELDS],
      [BLOCKS.competitorRow, COMPETITOR_FIELDS],
      [BLOCKS.hint, ['text']],
    ];
    for (const [name, expected] of fields) {
      expect({ name, attributes: attributes(name) }).toEqual({
        name,
        attributes: expect.arrayContaining([...expected]) as unknown,
      });
      // Every field a string, '' when empty (one Yjs attribute each).
      for (const field of expected) {
        const spec: { default?: unknown } | undefined = schema.nodes[name]?.spec.attrs?.[field];
        expect({ name, field, default: spec?.default }).toEqual({ name, field, default: '' });
      }
    }
    // The rich-text attributes the server reads.
    expect(attributes(RICH_NODES.heading)).toContain('level');
    expect(attributes(RICH_NODES.orderedList)).toContain('start');
    expect(attributes(RICH_NODES.taskItem)).toContain('checked');
    expect(Object.keys(schema.marks[MARKS.link]?.spec.attrs ?? {})).toContain('href');
  });

  it('opens a document holding every typed block without dropping any of it', async () => {
    const filled = (fields: readonly string[]) =>
      Object.fromEntries(fields.map((field) => [field, `${field} value`]));
    const doc = strategyDoc([
      el(BLOCKS.hint, { text: 'A hint' }),
      el(BLOCKS.smartGoal, { goalId: 'goal-1', ...filled(SMART_GOAL_FIELDS) }),
      el(BLOCKS.persona, filled(PERSONA_FIELDS)),
      el(BLOCKS.driversBarriers, {}, el(BLOCKS.driverBarrierRow, filled(DRIVER_BARRIER_FIELDS))),
      el(BLOCKS.competitors, {}, el(BLOCKS.competitorRow, filled(COMPETITOR_FIELDS))),
      el(BLOCKS.insight, {}, 'Tea is a pause.'),
      el(BLOCKS.brandRole, {}, 'The calm host.'),
      p('end'),
    ]);
    const before = storedXml(doc);
    await renderStrategyEditor(doc);
    expect(storedXml(doc)).toBe(before);
  });
});
