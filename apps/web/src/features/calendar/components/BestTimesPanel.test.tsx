import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer } from '../../../../test/factories';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n, type LanguageCode } from '../../../i18n';
import { slotEvents } from '../best-times';
import { AudienceActivityQuery } from '../graphql/audience-activity.graphql';
import { BestTimesPanel } from './BestTimesPanel';

const BRAND = 'brand-1';
const grid = Array.from({ length: 168 }, (_, slot) => (slot === 2 * 24 + 19 ? 240 : 12));
const instagram = {
  __typename: 'AudienceActivity' as const,
  network: 'instagram',
  grid,
  updatedAt: '2026-12-01T10:00:00.000Z',
  bestSlots: [
    { __typename: 'PostingSlot' as const, weekday: 2, hour: 19, strength: 1 },
    { __typename: 'PostingSlot' as const, weekday: 4, hour: 12, strength: 0.5 },
  ],
};
const activity = (list: unknown[]) =>
  answer(AudienceActivityQuery, { brandId: BRAND }, { data: { audienceActivity: list } });

async function renderPanel(
  actions: string[],
  mocks: MockLink.MockedResponse[],
  onSlots = jest.fn(),
  language: LanguageCode = 'en',
) {
  await initI18n({ language });
  const client = createApolloClient({ link: new MockLink(mocks) });
  render(
    <AppProviders client={client} env="test">
      <BestTimesPanel brandId={BRAND} actions={actions} onSlots={onSlots} />
    </AppProviders>,
  );
  return onSlots;
}

afterEach(() => jest.restoreAllMocks());

describe('the best times panel', () => {
  it('lists the best hours, hands them to the week view and shows the heat map as a table', async () => {
    const onSlots = await renderPanel(['metrics.read'], [activity([instagram])]);
    const slots = await screen.findByTestId('best-times-slots');
    expect(slots).toHaveTextContent('Wednesday, 19:00 — 100 % of the peak');
    expect(slots).toHaveTextContent('Friday, 12:00 — 50 % of the peak');
    await waitFor(() => expect(onSlots).toHaveBeenLastCalledWith(instagram.bestSlots));
    expect(screen.queryByRole('button', { name: 'Import activity' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show the heat map' }));
    const table = await screen.findByRole('table');
    const wednesday = within(table).getByRole('rowheader', { name: 'Wed' }).closest('tr')!;
    expect(within(wednesday).getByTitle('Wednesday 19:00: 240')).toHaveTextContent('240');
  });

  it('shows nothing to a reader when no grid was imported', async () => {
    await renderPanel(['metrics.read'], [activity([])]);
    await waitFor(() => expect(screen.queryByTestId('best-times')).not.toBeInTheDocument());
  });

  it('imports a grid for those who enter results and lists a refused file’s problems', async () => {
    const fetch = jest.spyOn(globalThis, 'fetch').mockResolvedValueOnce(
      new Response(
        JSON.stringify({
          ok: false,
          applied: false,
          problems: [
            {
              row: 5,
              column: 'Day',
              code: 'weekday_invalid',
              message: '"Thorsday" is not a weekday.',
            },
          ],
        }),
        { status: 422, headers: { 'content-type': 'application/json' } },
      ),
    );
    await renderPanel(['metrics.read', 'metrics.edit'], [activity([])]);
    expect(await screen.findByText('No audience activity imported yet.')).toBeInTheDocument();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input, new File(['Day,0\r\n'], 'activity.csv', { type: 'text/csv' }));
    const problems = await screen.findByTestId('best-times-problems');
    expect(problems).toHaveTextContent('Row 5, Day: "Thorsday" is not a weekday.');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url as string).toBe(
      `/api/brands/${BRAND}/kpis/audience-activity/import?format=csv&network=instagram`,
    );
    expect((init!.headers as Record<string, string>)['X-Chorus-Request']).toBe('1');
  });

  it('names weekdays and hours in the reader’s language (Persian)', async () => {
    await renderPanel(['metrics.read'], [activity([instagram])], jest.fn(), 'fa');
    const slots = await screen.findByTestId('best-times-slots');
    expect(slots).toHaveTextContent('چهارشنبه');
    expect(slots).toHaveTextContent('۱۹:۰۰');
  });
});

describe('suggested hours on the calendar', () => {
  it('are weekly background events, FullCalendar counting days from Sunday', () => {
    expect(slotEvents([{ weekday: 6, hour: 23, strength: 0.4 }])).toEqual([
      expect.objectContaining({
        daysOfWeek: [0],
        startTime: '23:00',
        endTime: '24:00',
        display: 'background',
      }),
    ]);
  });
});
