import { el, p } from '@chorus/strategy-model';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { editorOf, renderStrategyEditor, settle, storedXml, strategyDoc } from './test-support';

describe('the strategy editor', () => {
  it('shows the shared strategy, each block with dir="auto" and no dir stored in the document', async () => {
    const doc = strategyDoc([
      el('heading', { level: 1 }, 'Lotus Tea House'),
      p('Tea is a pause.'),
      p('שלום, זוהי אסטרטגיה'),
    ]);
    const { container } = await renderStrategyEditor(doc);

    const blocks = container.querySelectorAll('.ProseMirror > h1, .ProseMirror > p');
    expect(Array.from(blocks, (block) => block.textContent)).toEqual([
      'Lotus Tea House',
      'Tea is a pause.',
      'שלום, זוהי אסטרטגיה',
    ]);
    blocks.forEach((block) => expect(block).toHaveAttribute('dir', 'auto'));
    expect(storedXml(doc)).not.toContain('dir');
  });

  it('offers the toolbar to editors, every button named', async () => {
    await renderStrategyEditor(strategyDoc([p('Hello')]));

    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    for (const name of ['Bold', 'Italic', 'Underline', 'Strikethrough', 'Link', 'Undo', 'Redo']) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
    expect(toolbar.querySelectorAll('button:not([aria-label])')).toHaveLength(0);
  });

  it('is read-only without the EDIT capability: fields read-only, no toolbar, typing changes nothing', async () => {
    const doc = strategyDoc([
      p('Only editors change this.'),
      el('smartGoal', { goalId: 'g1', statement: 'Grow the tea club', metric: 'members' }),
    ]);
    const before = storedXml(doc);
    const { container } = await renderStrategyEditor(doc, { editable: false });

    const surface = container.querySelector('.ProseMirror') as HTMLElement;
    expect(surface).toHaveAttribute('contenteditable', 'false');
    expect(screen.queryByRole('toolbar')).not.toBeInTheDocument();
    // Read-only, not disabled: readers can still focus, select and copy a field.
    for (const label of ['Goal', 'Metric']) {
      const field = screen.getByLabelText(label);
      expect(field).not.toBeDisabled();
      expect(field).toHaveAttribute('readonly');
      expect(field).toHaveAttribute('aria-readonly', 'true');
    }
    const goal = screen.getByLabelText<HTMLTextAreaElement>('Goal');
    goal.focus();
    expect(goal).toHaveFocus();
    await userEvent.type(goal, ' faster');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(goal).toHaveValue('Grow the tea club');
    expect(screen.queryByRole('button', { name: 'Remove goal' })).not.toBeInTheDocument();

    await userEvent.type(surface, 'hacked');
    await settle();

    expect(surface.textContent).not.toContain('hacked');
    // Not even the editor's own housekeeping (a trailing paragraph after the card) writes.
    expect(storedXml(doc)).toBe(before);
  });

  it('becomes editable when the capability arrives, without losing the document', async () => {
    const doc = strategyDoc([p('Draft')]);
    const { container, editor, setEditable } = await renderStrategyEditor(doc, {
      editable: false,
    });
    const surface = () => container.querySelector('.ProseMirror') as HTMLElement;
    expect(surface()).toHaveAttribute('contenteditable', 'false');

    await setEditable(true);

    expect(surface()).toHaveAttribute('contenteditable', 'true');
    expect(surface().textContent).toBe('Draft');
    expect(editorOf(container)).toBe(editor);
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
  });
});
