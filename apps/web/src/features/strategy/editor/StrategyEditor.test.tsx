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

  it('makes the toolbar one tab stop, moved with the arrows (mirrored right-to-left), Home and End', async () => {
    await renderStrategyEditor(strategyDoc([p('Hello')]));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const stops = () => toolbar.querySelectorAll('[tabindex="0"]');
    const style = screen.getByRole('combobox', { name: 'Text style' });
    const bold = screen.getByRole('button', { name: 'Bold' });
    const italic = screen.getByRole('button', { name: 'Italic' });

    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(style);
    toolbar.querySelectorAll('button').forEach((button) => {
      if (!button.disabled) expect(button).toHaveAttribute('tabindex', '-1');
    });

    style.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(bold).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(italic).toHaveFocus();
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(italic);
    await userEvent.keyboard('{ArrowLeft}');
    expect(bold).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(style).toHaveFocus();
    // Wraps around at either end.
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Keyboard shortcuts' })).toHaveFocus();

    // Tab leaves the toolbar: the next stop is after it, not its next control.
    bold.focus();
    await userEvent.tab();
    expect(toolbar.contains(document.activeElement)).toBe(false);
    await userEvent.tab({ shift: true });
    expect(bold).toHaveFocus();

    document.documentElement.dir = 'rtl';
    try {
      await userEvent.keyboard('{ArrowLeft}');
      expect(italic).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(bold).toHaveFocus();
    } finally {
      document.documentElement.dir = 'ltr';
    }
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
      // …and looks it: the read-only style (no white box), not the editable input's.
      expect(field).toHaveClass('strategy-field--read-only');
      expect(field).toHaveAttribute('data-read-only', 'true');
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
    expect(storedXml(doc)).toBe(before);
  });

  it.each([
    [true, 'paragraph'],
    [false, 'smartGoal'],
  ])(
    'after a change ending on a card, adds its own trailing paragraph only when editable (%s)',
    async (editable, lastNode) => {
      const doc = strategyDoc([
        p('Intro'),
        el('smartGoal', { goalId: 'g1', statement: 'Grow the tea club' }),
      ]);
      const { editor } = await renderStrategyEditor(doc, { editable });
      // A change made by code, not by typing: only an editable editor adds housekeeping.
      editor.view.dispatch(editor.state.tr.insertText('!', 1));
      await settle();
      expect(editor.state.doc.lastChild?.type.name).toBe(lastNode);
    },
  );

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
