import { el, p } from '@chorus/strategy-model';
import type { Editor } from '@tiptap/core';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('keeps the id of a goal whose field is edited, even while another card shares its id', async () => {
    // Two cards with one id: someone else's copy, pasted at the same moment elsewhere.
    const doc = strategyDoc([
      el('smartGoal', { goalId: 'goal-1', statement: 'Original' }),
      el('smartGoal', { goalId: 'goal-1', statement: 'Their copy' }),
      p('after'),
    ]);
    const { editor } = await renderStrategyEditor(doc);

    // A keystroke in a field of the original (updateAttributes rewrites the card).
    const [original] = screen.getAllByLabelText('Goal');
    await userEvent.type(original as HTMLElement, ' goal');
    await settle();
    expect(goalStatements(doc)).toEqual(['Original goal', 'Their copy']);
    expect(goalIds(doc)).toEqual(['goal-1', 'goal-1']);

    // The same through the command, on the second card.
    await run(editor, (current) => {
      let second = -1;
      current.state.doc.forEach((node, offset) => {
        if (node.type.name === 'smartGoal') second = offset;
      });
      current.commands.command(({ tr }) => {
        const node = tr.doc.nodeAt(second);
        if (!node) return false;
        tr.setNodeMarkup(second, undefined, { ...node.attrs, metric: 'Members' });
        return true;
      });
    });
    expect(goalIds(doc)).toEqual(['goal-1', 'goal-1']);

    // A third copy pasted now is new: it gets its own id, the two keep theirs.
    await run(editor, (current) =>
      current.commands.insertContentAt(
        0,
        '<div data-type="smartGoal" data-goal-id="goal-1" data-statement="Pasted"></div>',
      ),
    );
    const [pasted, ...rest] = goalIds(doc);
    expect(pasted).toMatch(UUID);
    expect(rest).toEqual(['goal-1', 'goal-1']);
  });
});
