import { el, p } from '@chorus/strategy-model';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { outlineOf } from './outline';
import { renderStrategyEditor, strategyDoc } from './test-support';

const h = (level: number, text: string) => el('heading', { level }, text);

function longStrategy() {
  const filler = Array.from({ length: 30 }, (_, i) => p(`Week ${i + 1}: tea stories.`));
  return strategyDoc([
    h(2, 'Goals'),
    p('Grow the tea club.'),
    h(3, 'This quarter'),
    ...filler,
    h(4, 'Too deep for the outline'),
    h(2, 'Platforms'),
    p('Telegram first.'),
  ]);
}

describe('the strategy outline', () => {
  it('lists the sections (levels 1–3) with their positions', async () => {
    const { editor } = await renderStrategyEditor(longStrategy());
    const outline = outlineOf(editor.state.doc);
    expect(outline.map(({ level, text }) => [level, text])).toEqual([
      [2, 'Goals'],
      [3, 'This quarter'],
      [2, 'Platforms'],
    ]);
    for (const entry of outline) {
      expect(editor.state.doc.nodeAt(entry.pos)?.textContent).toBe(entry.text);
    }
  });

  it('jumps to a section: the caret at its heading, the heading scrolled to the top', async () => {
    const scroll = jest.fn();
    Element.prototype.scrollIntoView = scroll;
    const { editor } = await renderStrategyEditor(longStrategy(), { editable: false });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Outline (3)' }));
    await user.click(await screen.findByRole('button', { name: 'Platforms' }));
    const { $from } = editor.state.selection;
    expect($from.parent.type.name).toBe('heading');
    expect($from.parent.textContent).toBe('Platforms');
    expect(scroll.mock.contexts.some((node) => (node as Element).textContent === 'Platforms')).toBe(
      true,
    );
  });

  it('follows the text after typing pauses, and hides itself under two sections', async () => {
    const { editor } = await renderStrategyEditor(strategyDoc([h(2, 'Goals'), p('Grow.')]));
    expect(screen.queryByTestId('strategy-outline')).toBeNull();
    act(() => {
      editor.commands.insertContentAt(editor.state.doc.content.size, '<h2>Budget</h2>');
    });
    await waitFor(() =>
      expect(screen.getByTestId('strategy-outline')).toHaveTextContent('Outline (2)'),
    );
  });
});
