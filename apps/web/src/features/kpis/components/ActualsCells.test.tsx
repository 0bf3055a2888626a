import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MetricId } from '@chorus/kpi-model';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import type { StoredCell } from '../actuals-drafts';
import { ActualsCells, type ActualsCellsProps, type SaveOutcome } from './ActualsCells';

const METRICS: MetricId[] = ['reach', 'clicks'];
const MONTHS = ['2026-10', '2026-11'];

function deferred() {
  let resolve!: (outcome: SaveOutcome) => void;
  const promise = new Promise<SaveOutcome>((r) => (resolve = r));
  return { promise, resolve };
}

async function renderGrid(stored: Map<string, StoredCell>, onSave: ActualsCellsProps['onSave']) {
  await initI18n({ language: 'en' });
  const client = createApolloClient();
  const grid = (cells: Map<string, StoredCell>) => (
    <AppProviders client={client} env="test">
      <ActualsCells
        network="instagram"
        metrics={METRICS}
        months={MONTHS}
        currency="EUR"
        stored={cells}
        canEdit
        onSave={onSave}
      />
    </AppProviders>
  );
  const view = render(grid(stored));
  return { rerender: (cells: Map<string, StoredCell>) => view.rerender(grid(cells)) };
}

const cell = (name: string) => screen.getByRole('gridcell', { name });
const REACH_NOV = 'Reach · Nov 2026';

describe('the co-edited actuals grid', () => {
  it('saves a committed cell on its own and shows saving, then saved', async () => {
    const pending = deferred();
    const onSave = jest.fn(() => pending.promise);
    await renderGrid(new Map([['instagram|reach|2026-11', { value: 100, by: 'Anna' }]]), onSave);
    await userEvent.click(cell(REACH_NOV));
    await userEvent.keyboard('{Enter}{Control>}a{/Control}250{Enter}');
    expect(onSave).toHaveBeenCalledWith(
      { metric: 'reach', periodKey: '2026-11' },
      { value: 250, expected: 100 },
    );
    expect(cell(REACH_NOV)).toHaveTextContent('250');
    expect(cell(REACH_NOV)).toHaveTextContent('Saving…');
    await act(() => {
      pending.resolve({ kind: 'saved' });
      return pending.promise;
    });
    expect(cell(REACH_NOV)).toHaveTextContent('Saved');
  });

  it('keeps the typed value of a failed save and retries it', async () => {
    const onSave = jest
      .fn<Promise<SaveOutcome>, unknown[]>()
      .mockResolvedValueOnce({ kind: 'failed', message: 'The network is down.' })
      .mockResolvedValueOnce({ kind: 'saved' });
    await renderGrid(new Map(), onSave);
    await userEvent.click(cell(REACH_NOV));
    await userEvent.keyboard('77{Tab}');
    const notice = await screen.findByTestId('actuals-notice');
    expect(notice).toHaveTextContent('Reach · Nov 2026: not saved (The network is down.)');
    expect(cell(REACH_NOV)).toHaveTextContent('77');
    expect(cell(REACH_NOV)).toHaveTextContent('Not saved');
    await userEvent.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(onSave).toHaveBeenLastCalledWith(
      { metric: 'reach', periodKey: '2026-11' },
      { value: 77, expected: null },
    );
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(screen.queryByTestId('actuals-notice')).toBeNull();
  });

  it('shows what others save in idle cells and holds it beside a cell being typed in', async () => {
    const answer = deferred();
    const onSave = jest.fn(() => answer.promise);
    const { rerender } = await renderGrid(new Map(), onSave);
    await userEvent.click(cell(REACH_NOV));
    await userEvent.keyboard('{Enter}12');

    rerender(
      new Map([
        ['instagram|clicks|2026-10', { value: 40, by: 'Anna' }],
        ['instagram|reach|2026-11', { value: 300, by: 'Anna' }],
      ]),
    );
    expect(cell('Clicks · Oct 2026')).toHaveTextContent('40');
    const input = within(cell(REACH_NOV)).getByRole('textbox');
    expect(input).toHaveValue('12');
    expect(screen.getByTestId('actuals-notice')).toHaveTextContent(
      'Reach · Nov 2026: changed by Anna while you were typing; it is now 300.',
    );

    // Saving anyway is refused by the server: the text stays, with both choices.
    await userEvent.keyboard('{Enter}');
    expect(onSave).toHaveBeenCalledWith(
      { metric: 'reach', periodKey: '2026-11' },
      { value: 12, expected: null },
    );
    // Until the answer comes, the cell says it is saving and nothing claims it failed.
    expect(cell(REACH_NOV)).toHaveTextContent('Saving…');
    expect(screen.queryByTestId('actuals-notice')).toBeNull();
    await act(() => {
      answer.resolve({ kind: 'conflict', theirs: { value: 300, by: 'Anna' } });
      return answer.promise;
    });
    const notice = await screen.findByText(/not saved, Anna changed it meanwhile; it is now 300/);
    expect(cell(REACH_NOV)).toHaveTextContent('Conflict');
    expect(cell(REACH_NOV)).toHaveTextContent('12');
    await userEvent.click(
      within(notice.closest('[data-testid="actuals-notice"]')!).getByRole('button', {
        name: 'Take theirs',
      }),
    );
    expect(cell(REACH_NOV)).toHaveTextContent('300');
    expect(screen.queryByTestId('actuals-notice')).toBeNull();
  });

  it('keeps mine after a conflict by saving again from their value', async () => {
    const onSave = jest
      .fn<Promise<SaveOutcome>, unknown[]>()
      .mockResolvedValueOnce({ kind: 'conflict', theirs: { value: 5, by: null } })
      .mockResolvedValueOnce({ kind: 'saved' });
    await renderGrid(new Map(), onSave);
    await userEvent.click(cell(REACH_NOV));
    await userEvent.keyboard('8{Enter}');
    const notice = await screen.findByTestId('actuals-notice');
    expect(notice).toHaveTextContent('someone else changed it meanwhile; it is now 5');
    await userEvent.click(within(notice).getByRole('button', { name: 'Keep mine' }));
    expect(onSave).toHaveBeenLastCalledWith(
      { metric: 'reach', periodKey: '2026-11' },
      { value: 8, expected: 5 },
    );
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });
});
