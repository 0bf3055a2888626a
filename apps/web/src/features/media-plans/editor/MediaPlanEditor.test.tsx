import {
  addRow,
  initPlan,
  readPlan,
  setCell,
  updateRow,
  type CellValues,
  type RowView,
} from '@chorus/media-plan-model';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { directionOf, initI18n, type LanguageCode } from '../../../i18n';
import { PlanEditor } from './MediaPlanEditor';

const W1 = '2027-W01';
const W2 = '2027-W02';
const W3 = '2027-W03';
const W4 = '2027-W04';

/** A four-week plan in USD with two paid rows, one owned and one earned. */
function buildPlan() {
  const doc = new Y.Doc();
  initPlan(doc, {
    flightStart: '2027-01-04',
    flightEnd: '2027-01-31',
    granularity: 'week',
    currency: 'USD',
  });
  const ids = [
    addRow(doc, 'PAID', { channel: 'Instagram', activity: 'Targeted ads' }),
    addRow(doc, 'PAID', { channel: 'Facebook', activity: 'Promoted posts' }),
    addRow(doc, 'OWNED', { channel: 'Blog', activity: 'Articles' }),
    addRow(doc, 'EARNED', { channel: 'PR', activity: 'Mentions' }),
  ];
  return { doc, ids };
}

function rowOf(doc: Y.Doc, id: string): RowView {
  const plan = readPlan(doc);
  const row = [...plan.blocks.PAID, ...plan.blocks.OWNED, ...plan.blocks.EARNED].find(
    (r) => r.id === id,
  );
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

function cellOf(doc: Y.Doc, id: string, period: string): CellValues {
  return rowOf(doc, id).cells[period] ?? { budget: 0, quantity: 0, note: '' };
}

/** Applies a change made on another person's copy of the document, as the socket would. */
function fromSomeoneElse(doc: Y.Doc, change: (remote: Y.Doc) => void): void {
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(doc);
  change(remote);
  act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, before), 'remote'));
}

const awarenesses: Awareness[] = [];
afterEach(() => {
  for (const awareness of awarenesses.splice(0)) awareness.destroy();
});

async function renderEditor(
  doc: Y.Doc,
  options: {
    editable?: boolean;
    language?: LanguageCode;
    awareness?: Awareness | null;
    documentId?: string;
  } = {},
) {
  const language = options.language ?? 'en';
  await initI18n({ language });
  const tree = (editable: boolean) => (
    <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
      <MantineProvider env="test">
        <div dir={directionOf(language)}>
          <PlanEditor
            doc={doc}
            awareness={options.awareness ?? null}
            editable={editable}
            documentId={options.documentId}
            goals={[
              {
                id: 'goal-1',
                statement: '2,000 tea-club members by June',
                documentTitle: 'Strategy 2027',
              },
            ]}
          />
        </div>
      </MantineProvider>
    </DirectionProvider>
  );
  const result = render(tree(options.editable ?? true));
  rerenders.set(doc, (editable) => result.rerender(tree(editable)));
  return screen.getByRole('grid');
}

const rerenders = new WeakMap<Y.Doc, (editable: boolean) => void>();

/** Renders the editor of `doc` again with another `editable` (a capability gained or lost). */
function setEditable(doc: Y.Doc, editable: boolean): void {
  const rerender = rerenders.get(doc);
  if (!rerender) throw new Error('editor not rendered');
  rerender(editable);
}

function gridCell(rowId: string, column: string): HTMLElement {
  const cell = document.querySelector<HTMLElement>(`[data-row="${rowId}"][data-col="${column}"]`);
  if (!cell) throw new Error(`no cell ${rowId} ${column}`);
  return cell;
}

function activeCell(): { row: string | undefined; column: string | undefined } {
  const element = document.activeElement as HTMLElement | null;
  return { row: element?.dataset.row, column: element?.dataset.col };
}

describe('the media-plan grid', () => {
  it('moves the selection with arrows, Tab and Shift-Tab, keeping focus on one cell', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    const grid = await renderEditor(doc);
    expect(grid).toHaveAttribute('aria-label', 'Media plan');

    await user.click(gridCell(ids[0] as string, 'channel'));
    expect(activeCell()).toEqual({ row: ids[0], column: 'channel' });
    expect(gridCell(ids[0] as string, 'channel')).toHaveAttribute('tabindex', '0');
    expect(gridCell(ids[0] as string, 'channel')).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowRight}');
    expect(activeCell()).toEqual({ row: ids[0], column: 'activity' });
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // Down crosses from the paid block into the owned block.
    expect(activeCell()).toEqual({ row: ids[2], column: 'activity' });
    await user.keyboard('{Tab}');
    expect(activeCell()).toEqual({ row: ids[2], column: 'objective' });
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(activeCell()).toEqual({ row: ids[2], column: 'activity' });
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(activeCell()).toEqual({ row: ids[1], column: 'channel' });
    expect(gridCell(ids[0] as string, 'channel')).toHaveAttribute('tabindex', '-1');
    expect(gridCell(ids[0] as string, 'channel')).toHaveAttribute('aria-selected', 'false');
  });

  it('edits on typing, commits with Enter and moves down, and cancels with Escape', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);

    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    await user.keyboard('1250');
    const input = within(gridCell(ids[0] as string, `p:${W1}`)).getByRole('textbox');
    expect(input).toHaveValue('1250');
    // Nothing is written while typing.
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(0);
    await user.keyboard('{Enter}');
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(125000);
    expect(gridCell(ids[0] as string, `p:${W1}`)).toHaveTextContent('$1,250.00');
    expect(activeCell()).toEqual({ row: ids[1], column: `p:${W1}` });

    // Enter opens the current value; Escape leaves it as it was.
    await user.keyboard('{ArrowUp}{Enter}');
    const again = within(gridCell(ids[0] as string, `p:${W1}`)).getByRole('textbox');
    expect(again).toHaveValue('1250.00');
    await user.clear(again);
    await user.type(again, '99');
    await user.keyboard('{Escape}');
    expect(within(gridCell(ids[0] as string, `p:${W1}`)).queryByRole('textbox')).toBeNull();
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(125000);
    expect(activeCell()).toEqual({ row: ids[0], column: `p:${W1}` });

    // A describing field: F2 edits the text, Tab commits and moves right.
    await user.click(gridCell(ids[2] as string, 'channel'));
    await user.keyboard('{F2} community{Tab}');
    expect(rowOf(doc, ids[2] as string).channel).toBe('Blog community');
    expect(activeCell()).toEqual({ row: ids[2], column: 'activity' });
  });

  it('does not write text, a negative budget or too many decimals into a money cell, and says why', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);
    const target = () => gridCell(ids[1] as string, `p:${W2}`);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await user.click(target());
    await user.keyboard('about five hundred{Enter}');
    expect(target()).toHaveAttribute('aria-invalid', 'true');
    expect(within(target()).getByRole('textbox')).toHaveValue('about five hundred');
    expect(within(target()).getByRole('alert')).toHaveTextContent(
      'Enter an amount, such as 1250 or 1,250.50.',
    );

    const input = within(target()).getByRole('textbox');
    await user.clear(input);
    await user.type(input, '-500{Enter}');
    expect(within(target()).getByRole('alert')).toHaveTextContent('A budget can’t be negative.');

    await user.clear(input);
    await user.type(input, '12.345{Enter}');
    expect(within(target()).getByRole('alert')).toHaveTextContent(
      'USD amounts have at most 2 decimal places.',
    );

    await user.keyboard('{Escape}');
    expect(target()).not.toHaveAttribute('aria-invalid');
    expect(updates).toEqual([]);
    expect(cellOf(doc, ids[1] as string, W2).budget).toBe(0);

    // Fixed, it is written.
    await user.keyboard('1 200,50{Enter}');
    expect(cellOf(doc, ids[1] as string, W2).budget).toBe(120050);
  });

  it('pastes a 3×4 range of tab-separated text in one transaction, and copies a range as text', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== 'remote') transactions.push(transaction.origin);
    });

    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: {
        getData: () => '100\t200\t300\t400\n$1,000.50\t0\t\t7\r\n5\t6\t7\t8\n',
      },
    });
    expect(transactions).toHaveLength(1);
    expect([W1, W2, W3, W4].map((w) => cellOf(doc, ids[0] as string, w).budget)).toEqual([
      10000, 20000, 30000, 40000,
    ]);
    expect([W1, W2, W3, W4].map((w) => cellOf(doc, ids[1] as string, w).budget)).toEqual([
      100050, 0, 0, 700,
    ]);
    // The third line lands on the next row in display order: the first owned row.
    expect([W1, W2, W3, W4].map((w) => cellOf(doc, ids[2] as string, w).budget)).toEqual([
      500, 600, 700, 800,
    ]);
    expect(screen.getByTestId('block-total-PAID')).toHaveTextContent('$2,007.50');
    expect(screen.getByTestId('block-total-OWNED')).toHaveTextContent('$26.00');
    expect(screen.getByTestId('grand-total')).toHaveTextContent('$2,033.50');

    // The pasted block stays selected; copying it gives the same values back.
    const setData = jest.fn();
    fireEvent.copy(document.activeElement as HTMLElement, { clipboardData: { setData } });
    expect(setData).toHaveBeenCalledWith(
      'text/plain',
      '100.00\t200.00\t300.00\t400.00\n1000.50\t\t\t7.00\n5.00\t6.00\t7.00\t8.00\n',
    );
  });

  it('writes nothing from a paste with one bad value, and names the bad cells', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => '100\t200\n300\tlots\n-4\t5\n' },
    });
    expect(updates).toEqual([]);
    const notice = screen.getByTestId('grid-notice');
    expect(notice).toHaveTextContent('Nothing was pasted: 2 values can’t be used.');
    expect(notice).toHaveTextContent(
      'Row 2, Week 02 (Jan 11 – 17): Enter an amount, such as 1250 or 1,250.50.',
    );
    expect(notice).toHaveTextContent('Row 3, Week 01 (Jan 4 – 10): A budget can’t be negative.');
  });

  it('counts refused values in the reader’s digits and plural, with a localised list separator', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc, { language: 'fa' });
    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => '100\nlots\n' },
    });
    const notice = screen.getByTestId('grid-notice');
    expect(notice).toHaveTextContent('چیزی چسبانده نشد: ۱ مقدار قابل استفاده نیست.');
    // Row 2 in Persian digits, joined to its column with the Persian comma.
    expect(notice).toHaveTextContent(/ردیف ۲،/);
    expect(notice.textContent).not.toMatch(/[0-9]/);
  });

  it('undoes and redoes only this person’s own edits', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);

    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    await user.keyboard('100{Enter}');
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(10000);
    // Meanwhile someone else fills another cell.
    fromSomeoneElse(doc, (remote) => setCell(remote, ids[3] as string, W2, { budget: 77700 }));
    expect(screen.getByTestId('block-total-EARNED')).toHaveTextContent('$777.00');

    await user.keyboard('{Control>}z{/Control}');
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(0);
    expect(cellOf(doc, ids[3] as string, W2).budget).toBe(77700);

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(10000);
    await user.keyboard('{Control>}z{/Control}{Control>}y{/Control}');
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(10000);
    expect(cellOf(doc, ids[3] as string, W2).budget).toBe(77700);

    // The toolbar button undoes too, and nothing of the other person's.
    await user.click(screen.getByRole('button', { name: 'Undo my last change' }));
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(0);
    expect(cellOf(doc, ids[3] as string, W2).budget).toBe(77700);
  });

  it('shows and edits quantities and notes per period, and empties a selected range with Delete', async () => {
    const { doc, ids } = buildPlan();
    setCell(doc, ids[0] as string, W1, { budget: 1000, quantity: 10 });
    setCell(doc, ids[1] as string, W2, { budget: 2000, quantity: 20 });
    const user = userEvent.setup();
    await renderEditor(doc);

    await user.click(screen.getByRole('radio', { name: 'Quantity / KPI target' }));
    expect(screen.getByRole('columnheader', { name: 'Total quantity' })).toBeInTheDocument();
    expect(gridCell(ids[0] as string, `p:${W1}`)).toHaveTextContent('10');
    await user.click(gridCell(ids[0] as string, `p:${W2}`));
    await user.keyboard('2500.5{Enter}');
    expect(cellOf(doc, ids[0] as string, W2)).toEqual({ budget: 0, quantity: 2500.5, note: '' });
    expect(screen.getByTestId('block-total-PAID')).toHaveTextContent('2,530.5');

    await user.click(screen.getByRole('radio', { name: 'Note' }));
    await user.click(gridCell(ids[2] as string, `p:${W3}`));
    await user.keyboard('Launch of the spring tea{Enter}');
    expect(cellOf(doc, ids[2] as string, W3).note).toBe('Launch of the spring tea');

    // Back to budgets: select two rows × two weeks and empty them at once.
    await user.click(screen.getByRole('radio', { name: 'Budget' }));
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) =>
      transactions.push(transaction.origin),
    );
    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowRight}{/Shift}{Delete}');
    expect(transactions).toHaveLength(1);
    expect(cellOf(doc, ids[0] as string, W1)).toEqual({ budget: 0, quantity: 10, note: '' });
    expect(cellOf(doc, ids[1] as string, W2)).toEqual({ budget: 0, quantity: 20, note: '' });
  });

  it('updates block, period and plan totals when anyone types', async () => {
    const { doc, ids } = buildPlan();
    await renderEditor(doc);
    expect(screen.getByTestId('block-total-PAID')).toHaveTextContent('$0.00');

    fromSomeoneElse(doc, (remote) => {
      setCell(remote, ids[0] as string, W1, { budget: 50000 });
      setCell(remote, ids[1] as string, W1, { budget: 25000 });
      setCell(remote, ids[2] as string, W3, { budget: 1000 });
    });
    expect(screen.getByTestId('block-total-PAID')).toHaveTextContent('$750.00');
    expect(screen.getByTestId('block-total-OWNED')).toHaveTextContent('$10.00');
    expect(screen.getByTestId(`period-total-p:${W1}`)).toHaveTextContent('$750.00');
    expect(screen.getByTestId('grand-total')).toHaveTextContent('$760.00');
    expect(gridCell(ids[0] as string, 'total')).toHaveTextContent('$500.00');
  });

  it('shows who else is on which cell, in their colour, and shares this person’s cell', async () => {
    const { doc, ids } = buildPlan();
    const awareness = new Awareness(doc);
    const remoteDoc = new Y.Doc();
    const remote = new Awareness(remoteDoc);
    awarenesses.push(awareness, remote);
    const user = userEvent.setup();
    await renderEditor(doc, { awareness });

    remote.setLocalState({
      user: { id: 'u-smm', name: 'Sam Specialist', color: '#0b7285' },
      cell: { rowId: ids[1], periodKey: W3 },
    });
    act(() =>
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote'),
    );
    const visited = gridCell(ids[1] as string, `p:${W3}`);
    expect(within(visited).getByTestId('cell-visitor')).toHaveTextContent('Sam Specialist');
    expect(visited.style.boxShadow).toContain('2px');
    expect(screen.getAllByTestId('cell-visitor')).toHaveLength(1);

    await user.click(gridCell(ids[0] as string, 'activity'));
    expect(awareness.getLocalState()?.cell).toEqual({ rowId: ids[0], field: 'activity' });
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(awareness.getLocalState()?.cell).toEqual({ rowId: ids[0], periodKey: W1 });
  });

  it('adds, moves between blocks and removes rows, all undoable', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);

    await user.click(gridCell(ids[1] as string, 'channel'));
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    // The last paid row moves down into the owned block, first.
    expect(rowOf(doc, ids[1] as string).block).toBe('OWNED');
    expect(readPlan(doc).blocks.OWNED.map((r) => r.id)).toEqual([ids[1], ids[2]]);
    await user.keyboard('{Control>}z{/Control}');
    expect(rowOf(doc, ids[1] as string).block).toBe('PAID');

    await user.click(screen.getByRole('button', { name: 'Add a row to Earned' }));
    expect(readPlan(doc).blocks.EARNED).toHaveLength(2);
    const added = readPlan(doc).blocks.EARNED[1] as RowView;
    expect(activeCell()).toEqual({ row: added.id, column: 'channel' });
    await user.keyboard('Podcast{Enter}');
    expect(rowOf(doc, added.id).channel).toBe('Podcast');

    await user.click(
      within(gridCell(ids[3] as string, 'actions')).getByRole('button', {
        name: 'Actions for PR · Mentions',
      }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Remove row' }));
    await user.click(await screen.findByRole('button', { name: 'Remove row' }));
    expect(readPlan(doc).blocks.EARNED.map((r) => r.id)).toEqual([added.id]);
  });

  it('lets a viewer select and copy but not change anything', async () => {
    const { doc, ids } = buildPlan();
    setCell(doc, ids[0] as string, W1, { budget: 4200 });
    const user = userEvent.setup();
    const grid = await renderEditor(doc, { editable: false });
    expect(grid).toHaveAttribute('aria-readonly', 'true');
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    expect(gridCell(ids[0] as string, `p:${W1}`)).toHaveAttribute('aria-readonly', 'true');
    await user.keyboard('9{Enter}{Delete}');
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => '1\t2\n' },
    });
    expect(updates).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Add a row' })).toBeNull();
    const setData = jest.fn();
    fireEvent.copy(document.activeElement as HTMLElement, { clipboardData: { setData } });
    expect(setData).toHaveBeenCalledWith('text/plain', '42.00\n');
  });

  it('shows a goal that no longer exists as removed, and offers the brand’s goals', async () => {
    const { doc, ids } = buildPlan();
    doc.transact(() => {
      (doc.getMap('mediaPlan').get('rows') as Y.Map<Y.Map<unknown>>)
        .get(ids[0] as string)
        ?.set('goalId', 'goal-gone');
      (doc.getMap('mediaPlan').get('rows') as Y.Map<Y.Map<unknown>>)
        .get(ids[1] as string)
        ?.set('goalId', 'goal-1');
    });
    const user = userEvent.setup();
    await renderEditor(doc);
    expect(gridCell(ids[0] as string, 'goal')).toHaveTextContent('goal removed');
    expect(gridCell(ids[1] as string, 'goal')).toHaveTextContent('2,000 tea-club members by June');

    await user.click(gridCell(ids[0] as string, 'goal'));
    await user.keyboard('{Enter}');
    const select = within(gridCell(ids[0] as string, 'goal')).getByRole('combobox');
    // The empty choice is named, not a bare dash.
    expect(within(select).getByRole('option', { name: 'No goal' })).toHaveValue('');
    await user.selectOptions(select, 'goal-1');
    await user.keyboard('{Enter}');
    expect(rowOf(doc, ids[0] as string).goalId).toBe('goal-1');
  });

  it('changes the settings, refusing a flight that ends before it starts', async () => {
    const { doc, ids } = buildPlan();
    setCell(doc, ids[0] as string, W1, { budget: 1000 });
    const user = userEvent.setup();
    await renderEditor(doc);
    expect(screen.getByTestId('media-plan-settings')).toHaveTextContent(
      'Flight: Jan 4, 2027 – Jan 31, 2027',
    );

    await user.click(screen.getByRole('button', { name: 'Change settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan settings' });
    const end = within(dialog).getByLabelText(/Last day of the flight/);
    await user.clear(end);
    await user.type(end, '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(within(dialog).getByText('The flight can’t end before it starts.')).toBeInTheDocument();
    expect(readPlan(doc).settings.flightEnd).toBe('2027-01-31');

    await user.clear(end);
    await user.type(end, '2027-03-31');
    await user.selectOptions(within(dialog).getByLabelText('Columns'), 'month');
    await user.click(within(dialog).getByRole('button', { name: 'Save settings' }));
    expect(readPlan(doc).settings).toMatchObject({ flightEnd: '2027-03-31', granularity: 'month' });
    expect(
      screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/\s+/g, ' ')),
    ).toEqual(expect.arrayContaining(['Jan 2027Jan 4 – 31', 'Feb 2027', 'Mar 2027']));
    // Weekly values are kept, hidden, not totalled in months.
    expect(screen.getByTestId('grand-total')).toHaveTextContent('$0.00');
    await user.click(screen.getByRole('button', { name: 'Undo my last change' }));
    expect(readPlan(doc).settings.granularity).toBe('week');
    expect(screen.getByTestId('grand-total')).toHaveTextContent('$10.00');
  });

  it('lays the grid out right to left in Hebrew, with mirrored arrow keys', async () => {
    const { doc, ids } = buildPlan();
    setCell(doc, ids[0] as string, W1, { budget: 123456 });
    const user = userEvent.setup();
    const grid = await renderEditor(doc, { language: 'he' });
    expect(grid.closest('[dir]')).toHaveAttribute('dir', 'rtl');
    expect(grid).toHaveAccessibleName('תוכנית מדיה');
    expect(screen.getByRole('columnheader', { name: 'רשת או ערוץ' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /ממומן/ })).toBeInTheDocument();
    // Frozen columns stick to the inline start (the right edge in RTL).
    expect(gridCell(ids[0] as string, 'channel').style.insetInlineStart).toBe('44px');
    expect(gridCell(ids[0] as string, 'channel').style.left).toBe('');
    expect(gridCell(ids[0] as string, `p:${W1}`).textContent).toContain('1,234.56');

    await user.click(gridCell(ids[0] as string, 'channel'));
    await user.keyboard('{ArrowLeft}');
    expect(activeCell()).toEqual({ row: ids[0], column: 'activity' });
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(activeCell()).toEqual({ row: ids[0], column: 'actions' });
  });

  it('reads Persian digits typed in Persian, and shows amounts with them', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc, { language: 'fa' });
    await user.click(gridCell(ids[0] as string, `p:${W1}`));
    await user.keyboard('۱۲۵۰٫۵{Enter}');
    expect(cellOf(doc, ids[0] as string, W1).budget).toBe(125050);
    expect(gridCell(ids[0] as string, `p:${W1}`).textContent).toContain('۱٬۲۵۰٫۵۰');
  });

  it('writes nothing from an editor closed untouched, so someone else’s newer value stays', async () => {
    const { doc, ids } = buildPlan();
    const row = ids[0] as string;
    setCell(doc, row, W1, { budget: 10000 });
    const user = userEvent.setup();
    await renderEditor(doc);
    const transactions: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== 'remote') transactions.push(transaction.origin);
    });

    // Budget 100; F2 opens it; meanwhile someone sets 999; Enter closes it untouched.
    await user.click(gridCell(row, `p:${W1}`));
    await user.keyboard('{F2}');
    expect(within(gridCell(row, `p:${W1}`)).getByRole('textbox')).toHaveValue('100.00');
    fromSomeoneElse(doc, (remote) => setCell(remote, row, W1, { budget: 99900 }));
    await user.keyboard('{Enter}');
    expect(cellOf(doc, row, W1).budget).toBe(99900);
    expect(gridCell(row, `p:${W1}`)).toHaveTextContent('$999.00');

    // The same with the pricing and goal pickers.
    await user.click(gridCell(row, 'pricing'));
    await user.keyboard('{Enter}');
    expect(within(gridCell(row, 'pricing')).getByRole('combobox')).toHaveValue('FLAT');
    fromSomeoneElse(doc, (remote) => updateRow(remote, row, { pricing: 'CPM' }));
    await user.keyboard('{Enter}');
    expect(rowOf(doc, row).pricing).toBe('CPM');

    await user.click(gridCell(row, 'goal'));
    await user.keyboard('{Enter}');
    expect(within(gridCell(row, 'goal')).getByRole('combobox')).toHaveValue('');
    fromSomeoneElse(doc, (remote) => updateRow(remote, row, { goalId: 'goal-1' }));
    await user.keyboard('{Enter}');
    expect(rowOf(doc, row).goalId).toBe('goal-1');
    // Not one write of this person's.
    expect(transactions).toEqual([]);
  });

  it('writes the person’s own change even when someone else changed the cell meanwhile', async () => {
    const { doc, ids } = buildPlan();
    const row = ids[1] as string;
    setCell(doc, row, W2, { budget: 10000 });
    const user = userEvent.setup();
    await renderEditor(doc);

    await user.click(gridCell(row, `p:${W2}`));
    await user.keyboard('{F2}');
    fromSomeoneElse(doc, (remote) => setCell(remote, row, W2, { budget: 99900 }));
    const input = within(gridCell(row, `p:${W2}`)).getByRole('textbox');
    await user.clear(input);
    await user.type(input, '150{Enter}');
    // They acted last: their value wins.
    expect(cellOf(doc, row, W2).budget).toBe(15000);

    // A choice in a picker too.
    await user.click(gridCell(row, 'pricing'));
    await user.keyboard('{Enter}');
    fromSomeoneElse(doc, (remote) => updateRow(remote, row, { pricing: 'CPM' }));
    await user.selectOptions(within(gridCell(row, 'pricing')).getByRole('combobox'), 'CPC');
    await user.keyboard('{Enter}');
    expect(rowOf(doc, row).pricing).toBe('CPC');
  });

  it('closes an open cell editor and row menu when the plan stops being editable, and writes nothing', async () => {
    const { doc, ids } = buildPlan();
    const row = ids[0] as string;
    const user = userEvent.setup();
    await renderEditor(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await user.click(gridCell(row, `p:${W1}`));
    await user.keyboard('500');
    expect(within(gridCell(row, `p:${W1}`)).getByRole('textbox')).toHaveValue('500');
    act(() => setEditable(doc, false));
    expect(within(gridCell(row, `p:${W1}`)).queryByRole('textbox')).toBeNull();
    // Focus is back on the cell, which takes no typing, Enter or Delete any more.
    expect(activeCell()).toEqual({ row, column: `p:${W1}` });
    await user.keyboard('7{Enter}{Delete}');
    expect(within(gridCell(row, `p:${W1}`)).queryByRole('textbox')).toBeNull();

    // A row menu open when the capability goes.
    act(() => setEditable(doc, true));
    await user.click(
      within(gridCell(row, 'actions')).getByRole('button', {
        name: 'Actions for Instagram · Targeted ads',
      }),
    );
    expect(await screen.findByRole('menuitem', { name: 'Remove row' })).toBeInTheDocument();
    act(() => setEditable(doc, false));
    expect(screen.queryByRole('menuitem', { name: 'Remove row' })).toBeNull();
    // Editable again, the old editor and menu do not come back.
    act(() => setEditable(doc, true));
    expect(screen.queryByRole('menuitem', { name: 'Remove row' })).toBeNull();
    expect(within(gridCell(row, `p:${W1}`)).queryByRole('textbox')).toBeNull();

    expect(updates).toEqual([]);
    expect(cellOf(doc, row, W1).budget).toBe(0);
  });

  it('closes the remove-row and settings dialogs when the plan stops being editable', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    await user.click(
      within(gridCell(ids[3] as string, 'actions')).getByRole('button', {
        name: 'Actions for PR · Mentions',
      }),
    );
    await user.click(await screen.findByRole('menuitem', { name: 'Remove row' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove this row?' });
    const remove = within(confirm).getByRole('button', { name: 'Remove row' });
    act(() => setEditable(doc, false));
    // A click that was already on its way does nothing either.
    fireEvent.click(remove);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(screen.queryByRole('dialog', { name: 'Remove this row?' })).toBeNull();

    act(() => setEditable(doc, true));
    await user.click(screen.getByRole('button', { name: 'Change settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Plan settings' });
    await user.selectOptions(within(dialog).getByLabelText('Columns'), 'month');
    const save = within(dialog).getByRole('button', { name: 'Save settings' });
    act(() => setEditable(doc, false));
    fireEvent.click(save);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    expect(screen.queryByRole('dialog', { name: 'Plan settings' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change settings' })).toBeNull();

    expect(updates).toEqual([]);
    expect(readPlan(doc).blocks.EARNED).toHaveLength(1);
    expect(readPlan(doc).settings.granularity).toBe('week');
  });

  it('keeps an import being applied open when the plan stops being editable, and shows its answer', async () => {
    const sent: FakeImportXhr[] = [];
    const realXhr = window.XMLHttpRequest;
    class FakeImportXhr {
      upload: { onprogress?: (event: unknown) => void; onload?: () => void } = {};
      status = 0;
      responseText = '';
      withCredentials = false;
      onload?: () => void;
      onerror?: () => void;
      ontimeout?: () => void;
      onabort?: () => void;
      aborted = false;
      open() {}
      setRequestHeader() {}
      send() {
        sent.push(this);
      }
      abort() {
        this.aborted = true;
        this.onabort?.();
      }
      async respond(body: unknown) {
        this.status = 200;
        this.responseText = JSON.stringify(body);
        await act(async () => {
          this.onload?.();
          await Promise.resolve();
        });
      }
    }
    window.XMLHttpRequest = FakeImportXhr as unknown as typeof XMLHttpRequest;
    try {
      const { doc } = buildPlan();
      const user = userEvent.setup();
      await renderEditor(doc, { documentId: 'doc-1' });
      await user.click(screen.getByRole('button', { name: 'Import…' }));
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      await user.upload(
        input as HTMLInputElement,
        new File(['Block\n'], 'plan.csv', { type: 'text/csv' }),
      );
      await (sent[0] as FakeImportXhr).respond({ ok: true, applied: false, rows: 3, warnings: [] });
      await user.click(screen.getByRole('button', { name: 'Replace the rows' }));
      const apply = sent[1] as FakeImportXhr;
      act(() => apply.upload.onload?.());

      setEditable(doc, false);
      const dialog = screen.getByRole('dialog', { name: 'Import a media plan' });
      expect(apply.aborted).toBe(false);
      expect(screen.getByTestId('import-announcement')).toHaveTextContent(
        'Replacing the plan’s rows…',
      );

      await apply.respond({ ok: true, applied: true, rows: 3, warnings: [] });
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'Imported: the plan now has the file’s 3 rows.',
      );
      await user.click(
        within(dialog).getAllByRole('button', { name: 'Close' }).at(-1) as HTMLElement,
      );
      expect(screen.queryByRole('dialog', { name: 'Import a media plan' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Import…' })).not.toBeInTheDocument();
    } finally {
      window.XMLHttpRequest = realXhr;
    }
  });

  it('still closes an import that has not reached the server when the plan stops being editable', async () => {
    const sent: { aborted: boolean }[] = [];
    const realXhr = window.XMLHttpRequest;
    class FakeImportXhr {
      upload = {};
      withCredentials = false;
      aborted = false;
      onabort?: () => void;
      open() {}
      setRequestHeader() {}
      send() {
        sent.push(this);
      }
      abort() {
        this.aborted = true;
        this.onabort?.();
      }
    }
    window.XMLHttpRequest = FakeImportXhr as unknown as typeof XMLHttpRequest;
    try {
      const { doc } = buildPlan();
      const user = userEvent.setup();
      await renderEditor(doc, { documentId: 'doc-1' });
      await user.click(screen.getByRole('button', { name: 'Import…' }));
      const input = document.querySelector<HTMLInputElement>('input[type="file"]');
      await user.upload(
        input as HTMLInputElement,
        new File(['Block\n'], 'plan.csv', { type: 'text/csv' }),
      );
      setEditable(doc, false);
      expect(screen.queryByRole('dialog', { name: 'Import a media plan' })).not.toBeInTheDocument();
      expect(sent[0]?.aborted).toBe(true);
    } finally {
      window.XMLHttpRequest = realXhr;
    }
  });

  it('refuses a paste that would add more than 200 rows, writing nothing', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    // From the last row, 202 lines: 201 new rows.
    await user.click(gridCell(ids[3] as string, `p:${W1}`));
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => '1\n'.repeat(202) },
    });
    expect(updates).toEqual([]);
    expect(screen.getByTestId('grid-notice')).toHaveTextContent(
      'Nothing was pasted: it would add 201 rows, and one paste can add at most 200.',
    );
    expect(readPlan(doc).blocks.EARNED).toHaveLength(1);
  });

  it('refuses a paste whose update would not fit in one collaboration message', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    await renderEditor(doc);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    // 150 new rows of four 1,000-character notes: 600 KB, more than half the 1 MiB frame.
    await user.click(screen.getByRole('radio', { name: 'Note' }));
    await user.click(gridCell(ids[3] as string, `p:${W1}`));
    const line = Array.from({ length: 4 }, () => 'n'.repeat(1000)).join('\t');
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => `${line}\n`.repeat(151) },
    });
    expect(updates).toEqual([]);
    expect(screen.getByTestId('grid-notice')).toHaveTextContent(
      'Nothing was pasted: it is too large to send as one change.',
    );

    // A smaller one goes through, in one update.
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => `${line}\n`.repeat(20) },
    });
    expect(updates).toHaveLength(1);
    expect(readPlan(doc).blocks.EARNED).toHaveLength(20);
    expect(screen.queryByTestId('grid-notice')).toBeNull();
  });

  it('pastes a copied whole row back, leaving out the actions and total columns', async () => {
    const { doc, ids } = buildPlan();
    setCell(doc, ids[0] as string, W1, { budget: 10000 });
    setCell(doc, ids[0] as string, W3, { budget: 2550 });
    updateRow(doc, ids[0] as string, { objective: 'Reach', pricing: 'CPM' });
    const user = userEvent.setup();
    await renderEditor(doc);

    // The whole first row, from its actions to its total.
    await user.click(gridCell(ids[0] as string, 'actions'));
    await user.keyboard('{Shift>}{End}{/Shift}');
    const setData = jest.fn<void, [string, string]>();
    fireEvent.copy(document.activeElement as HTMLElement, { clipboardData: { setData } });
    const copied = setData.mock.calls[0]?.[1] ?? '';
    expect(copied).toBe('\tInstagram\tTargeted ads\tReach\t\tCPM\t100.00\t\t25.50\t\t125.50\n');

    // Pasted onto the owned row's actions cell: every editable value lands.
    await user.click(gridCell(ids[2] as string, 'actions'));
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => copied },
    });
    expect(screen.queryByTestId('grid-notice')).toBeNull();
    expect(rowOf(doc, ids[2] as string)).toMatchObject({
      channel: 'Instagram',
      activity: 'Targeted ads',
      objective: 'Reach',
      pricing: 'CPM',
    });
    expect([W1, W2, W3, W4].map((w) => cellOf(doc, ids[2] as string, w).budget)).toEqual([
      10000, 0, 2550, 0,
    ]);
    expect(gridCell(ids[2] as string, 'total')).toHaveTextContent('$125.50');

    // A value pasted onto a total alone is refused, and says why.
    await user.click(gridCell(ids[1] as string, 'total'));
    fireEvent.paste(document.activeElement as HTMLElement, {
      clipboardData: { getData: () => '999\n' },
    });
    expect(screen.getByTestId('grid-notice')).toHaveTextContent('Nothing was pasted');
  });

  it('leaves the grid with Escape then Tab (or Shift+Tab), and says so in the key hint', async () => {
    const { doc, ids } = buildPlan();
    const user = userEvent.setup();
    const grid = await renderEditor(doc);
    expect(screen.getByText(/Escape then Tab leaves the grid/)).toBeInTheDocument();
    const after = document.createElement('button');
    after.textContent = 'After the grid';
    grid.after(after);
    const before = document.createElement('button');
    before.textContent = 'Before the grid';
    grid.before(before);
    try {
      await user.click(gridCell(ids[0] as string, 'channel'));
      // Plain Tab moves cell by cell.
      await user.keyboard('{Tab}');
      expect(activeCell()).toEqual({ row: ids[0], column: 'activity' });
      await user.keyboard('{Escape}{Tab}');
      expect(after).toHaveFocus();

      await user.click(gridCell(ids[1] as string, 'channel'));
      await user.keyboard('{Escape}{Shift>}{Tab}{/Shift}');
      expect(before).toHaveFocus();

      // Any other key in between forgets the Escape.
      await user.click(gridCell(ids[1] as string, 'channel'));
      await user.keyboard('{Escape}{ArrowRight}{Tab}');
      expect(activeCell()).toEqual({ row: ids[1], column: 'objective' });
    } finally {
      after.remove();
      before.remove();
    }
  });

  it('renders only the columns in view of a year plan, keeping the total and the active cell’s column', async () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2027-01-04',
      flightEnd: '2028-01-02',
      granularity: 'week',
      currency: 'USD',
    });
    const ids = Array.from({ length: 3 }, (_, i) => addRow(doc, 'PAID', { channel: `C${i}` }));
    setCell(doc, ids[0] as string, '2027-W52', { budget: 12_345 });
    const grid = await renderEditor(doc);
    // Measured 940 px wide: the frozen columns, objective and goal fit beside the total.
    Object.defineProperty(grid, 'clientWidth', { configurable: true, value: 940 });
    fireEvent.scroll(grid);
    const headings = () =>
      within(grid)
        .getAllByRole('columnheader')
        .map((heading) => heading.dataset.col);
    expect(grid).toHaveAttribute('aria-colcount', '59');
    expect(headings()).toEqual([
      'actions',
      'channel',
      'activity',
      'objective',
      'goal',
      'pricing',
      'p:2027-W01',
      'p:2027-W02',
      'total',
    ]);
    expect(within(grid).getByRole('columnheader', { name: 'Total budget' })).toHaveAttribute(
      'aria-colindex',
      '59',
    );
    expect(document.querySelector('[data-col="p:2027-W20"]')).toBeNull();

    // End goes to the total, Left to week 52: its column is rendered for the active cell.
    const user = userEvent.setup();
    await user.click(gridCell(ids[0] as string, 'channel'));
    await user.keyboard('{End}{ArrowLeft}');
    expect(activeCell()).toEqual({ row: ids[0], column: 'p:2027-W52' });
    expect(gridCell(ids[0] as string, 'p:2027-W52')).toHaveAttribute('aria-colindex', '58');
    expect(gridCell(ids[0] as string, 'p:2027-W52')).toHaveTextContent('$123.45');
    expect(headings()).toContain('p:2027-W52');
    expect(document.querySelector('[data-col="p:2027-W20"]')).toBeNull();
  });

  it('keeps a tab stop in the grid when the first row is scrolled out of view', async () => {
    const doc = new Y.Doc();
    initPlan(doc, {
      flightStart: '2027-01-04',
      flightEnd: '2027-01-31',
      granularity: 'week',
      currency: 'USD',
    });
    const ids = Array.from({ length: 120 }, (_, i) => addRow(doc, 'PAID', { channel: `C${i}` }));
    const grid = await renderEditor(doc);
    const tabStops = () => grid.querySelectorAll('[tabindex="0"]');
    expect(tabStops()).toHaveLength(1);

    // Scrolled far down, before anything was selected.
    Object.defineProperty(grid, 'scrollTop', { configurable: true, value: 3000 });
    fireEvent.scroll(grid);
    expect(document.querySelector(`[data-row-id="${ids[90]}"]`)).not.toBeNull();
    expect(document.querySelector(`[data-row-id="${ids[30]}"]`)).toBeNull();
    expect(tabStops()).toHaveLength(1);
    expect(tabStops()[0]).toBe(gridCell(ids[0] as string, 'channel'));
    // Tabbing through the editor from its start reaches the grid, on that cell.
    const user = userEvent.setup();
    act(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 20 && !grid.contains(document.activeElement); i += 1) await user.tab();
    expect(activeCell()).toEqual({ row: ids[0], column: 'channel' });
  });
});
