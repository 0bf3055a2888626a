import { el, p } from '@chorus/strategy-model';
import type { Editor } from '@tiptap/core';
import { act } from '@testing-library/react';
import * as Y from 'yjs';
import { renderStrategyEditor, settle, strategyDoc } from '../test-support';
import { newGoalId } from './goal-ids';

function goalIds(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('strategy')
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
    .filter((node) => node.nodeName === 'smartGoal')
    .map((node) => String(node.getAttribute('goalId')));
}

function goalStatements(doc: Y.Doc): string[] {
  return doc
    .getXmlFragment('strategy')
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
    .filter((node) => node.nodeName === 'smartGoal')
    .map((node) => String(node.getAttribute('statement')));
}

async function run(editor: Editor, command: (editor: Editor) => void): Promise<void> {
  act(() => command(editor));
  await settle();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('goal ids', () => {
  it('makes random UUIDs', () => {
    expect(newGoalId()).toMatch(UUID);
    expect(newGoalId()).not.toBe(newGoalId());
  });

  it('gives a pasted copy of a goal a new id and leaves the original its own', async () => {
    const doc = strategyDoc([
      el('smartGoal', { goalId: 'goal-1', statement: 'Original' }),
      p('after'),
    ]);
    const { editor } = await renderStrategyEditor(doc);

    // A copy pasted above the original (as copy and paste of the card does).
    await run(editor, (current) =>
      current.commands.insertContentAt(
        0,
        '<div data-type="smartGoal" data-goal-id="goal-1" data-statement="Copy"></div>',
      ),
    );

    expect(goalStatements(doc)).toEqual(['Copy', 'Original']);
    const [copy, original] = goalIds(doc);
    expect(original).toBe('goal-1');
    expect(copy).toMatch(UUID);
  });

  it('gives an inserted goal without an id a fresh one', async () => {
    const doc = strategyDoc([p('text')]);
    const { editor } = await renderStrategyEditor(doc);

    await run(editor, (current) =>
      current.commands.insertContentAt(0, { type: 'smartGoal', attrs: { statement: 'New' } }),
    );

    expect(goalIds(doc)[0]).toMatch(UUID);
  });

  it('keeps the id of a goal that is moved (cut and pasted)', async () => {
    const doc = strategyDoc([
      p('first'),
      el('smartGoal', { goalId: 'goal-1', statement: 'Moving' }),
      p('last'),
    ]);
    const { editor } = await renderStrategyEditor(doc);

    await run(editor, (current) => {
      const { state } = current;
      let goalPos = -1;
      state.doc.forEach((node, offset) => {
        if (node.type.name === 'smartGoal') goalPos = offset;
      });
      const goal = state.doc.nodeAt(goalPos);
      if (!goal) throw new Error('no goal');
      const tr = state.tr.delete(goalPos, goalPos + goal.nodeSize);
      tr.insert(0, goal);
      current.view.dispatch(tr);
    });

    expect(goalIds(doc)).toEqual(['goal-1']);
  });

  it('leaves other people’s changes alone', async () => {
    const doc = strategyDoc([el('smartGoal', { goalId: 'goal-1' }), p('')]);
    await renderStrategyEditor(doc);

    // Someone else's client (its own Y.Doc) adds a card with the same id.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const duplicate = new Y.XmlElement('smartGoal');
    duplicate.setAttribute('goalId', 'goal-1');
    other.getXmlFragment('strategy').insert(0, [duplicate]);
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc))));
    await settle();

    expect(goalIds(doc)).toEqual(['goal-1', 'goal-1']);
  });
});
