import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addRow, initPlan, readPlan, setCell } from '@chorus/media-plan-model';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import { initI18n } from '../../../../i18n';
import { PlanEditor } from '../MediaPlanEditor';

const W1 = '2027-W01';

function buildPlan() {
  const doc = new Y.Doc();
  initPlan(doc, {
    flightStart: '2027-01-04',
    flightEnd: '2027-01-17',
    granularity: 'week',
    currency: 'USD',
  });
  const id = addRow(doc, 'PAID', { channel: 'Instagram', activity: 'Targeted ads' });
  setCell(doc, id, W1, { budget: 4200 });
  return { doc, id };
}

// The grid's own stylesheet, applied in the test DOM so computed styles can be compared.
const css = readFileSync(join(__dirname, '..', 'media-plan-editor.css'), 'utf8');

async function renderPlan(doc: Y.Doc, editable: boolean) {
  await initI18n({ language: 'en' });
  const result = render(
    <DirectionProvider initialDirection="ltr" detectDirection={false}>
      <MantineProvider env="test">
        <style>{css}</style>
        <PlanEditor doc={doc} awareness={null} editable={editable} goals={[]} />
      </MantineProvider>
    </DirectionProvider>,
  );
  return { grid: screen.getByRole('grid'), unmount: result.unmount };
}

function cellOf(grid: HTMLElement, rowId: string, column: string): HTMLElement {
  const cell = grid.querySelector<HTMLElement>(`[data-row="${rowId}"][data-col="${column}"]`);
  if (!cell) throw new Error(`no cell ${rowId} ${column}`);
  return cell;
}

describe('the media-plan grid for a person who may only read', () => {
  it('marks the grid and every cell read-only, and styles cells unlike the editable grid', async () => {
    const { doc, id } = buildPlan();
    const editable = await renderPlan(doc, true);
    const editableCell = getComputedStyle(cellOf(editable.grid, id, 'channel'));
    const editableBackground = editableCell.getPropertyValue('background');
    editable.unmount();

    const { grid } = await renderPlan(doc, false);
    expect(grid).toHaveAttribute('aria-readonly', 'true');
    expect(grid).toHaveClass('mp-readonly');
    const cells = within(grid)
      .getAllByRole('gridcell')
      .filter((c) => c.dataset.row === id);
    expect(cells.length).toBeGreaterThan(5);
    for (const cell of cells) expect(cell).toHaveAttribute('aria-readonly', 'true');

    const style = getComputedStyle(cellOf(grid, id, 'channel'));
    expect(style.getPropertyValue('background')).toBe('var(--mantine-color-gray-0)');
    expect(style.getPropertyValue('background')).not.toBe(editableBackground);
    expect(style.getPropertyValue('cursor')).toBe('default');
    // No row menu button, no add-row buttons: nothing that invites a change.
    expect(within(grid).queryAllByRole('button')).toEqual([]);
  });

  it('opens no editor and changes nothing when the person types, double-clicks or deletes', async () => {
    const { doc, id } = buildPlan();
    const user = userEvent.setup();
    const { grid } = await renderPlan(doc, false);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const budget = cellOf(grid, id, `p:${W1}`);

    await user.click(budget);
    expect(document.activeElement).toBe(budget);
    await user.keyboard('7');
    await user.keyboard('{Enter}');
    await user.keyboard('{F2}');
    await user.dblClick(cellOf(grid, id, 'channel'));
    await user.click(budget);
    await user.keyboard('{Delete}{Backspace}');
    fireEvent.paste(budget, { clipboardData: { getData: () => '9\n' } });

    expect(grid.querySelectorAll('input, select, textarea')).toHaveLength(0);
    expect(grid.querySelector('.mp-editing')).toBeNull();
    expect(budget).toHaveTextContent('42.00');
    expect(cellOf(grid, id, 'channel')).toHaveTextContent('Instagram');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(updates).toEqual([]);
    expect(readPlan(doc).blocks.PAID[0]?.cells[W1]?.budget).toBe(4200);
  });
});
