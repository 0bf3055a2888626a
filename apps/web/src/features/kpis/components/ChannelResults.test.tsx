import { render, screen, within } from '@testing-library/react';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { ChannelResults } from './ChannelResults';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

const measure = (value: number | null, reason: string | null = null) => ({
  __typename: 'KpiMeasureValue' as const,
  value,
  reason,
  formula: 'f',
  planned: false,
});

function channel(
  network: string,
  spend: number | null,
  planned: number,
  rate: number,
  roi: number | null,
) {
  return {
    __typename: 'KpiChannelResult' as const,
    network,
    spend,
    plannedSpend: planned,
    revenue: null,
    roi: measure(roi, roi === null ? 'no_spend' : null),
    engagementRate: measure(rate),
    engagementRateByReach: measure(null, 'no_reach'),
    ctr: measure(null, 'no_impressions'),
    cpc: measure(null, 'no_clicks'),
    cpa: measure(null, 'no_conversions'),
    cpm: measure(null, 'no_impressions'),
  };
}

describe('results per network', () => {
  it('puts a table behind each chart: rates and planned against actual spend, per network', async () => {
    await initI18n({ language: 'en' });
    const dashboard = {
      currency: 'EUR',
      channels: [
        channel('instagram', 40_000, 50_000, 5, 0.5),
        channel('tiktok', null, 20_000, 2, null),
      ],
    } as unknown as Dashboard;
    render(
      <AppProviders client={createApolloClient()} env="test">
        <ChannelResults dashboard={dashboard} rtl={false} />
      </AppProviders>,
    );

    const rates = screen.getByRole('table', { name: 'Engagement rate and ROI per network' });
    const instagram = within(rates).getByRole('rowheader', { name: 'Instagram' }).closest('tr')!;
    expect(instagram).toHaveTextContent('5%');
    expect(instagram).toHaveTextContent('50%');
    const tiktok = within(rates).getByRole('rowheader', { name: 'TikTok' }).closest('tr')!;
    expect(tiktok).toHaveTextContent('—');

    const spendTitle = screen
      .getAllByRole('table')
      .find((table) => /spend/i.test(table.querySelector('caption')?.textContent ?? ''))!;
    const spendRows = within(spendTitle).getAllByRole('row').slice(1);
    expect(spendRows.map((row) => row.textContent)).toEqual([
      'Instagram€500.00€400.00',
      'TikTok€200.00—',
    ]);
  });
});
