import { render, screen, within } from '@testing-library/react';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { PlanResults } from './PlanResults';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

const roi = (value: number | null, reason: string | null = null) => ({
  __typename: 'KpiMeasureValue' as const,
  value,
  reason,
  formula: '(revenue − spend) ÷ spend',
  planned: false,
});

function row(overrides: Partial<Dashboard['planRows'][number]>) {
  return {
    __typename: 'KpiPlanRowResult' as const,
    documentId: 'plan-1',
    planTitle: 'Launch plan',
    rowId: 'r1',
    block: 'PAID',
    channel: 'Instagram',
    activity: 'Ads',
    network: 'instagram',
    kpiName: null,
    quantityMetric: 'clicks',
    plannedSpend: 20_000,
    plannedQuantity: 400,
    actualSpend: 18_000,
    actualQuantity: 350,
    actualSource: 'row_network',
    sharedWith: 1,
    ...overrides,
  };
}

const dashboard = {
  currency: 'EUR',
  planRows: [
    row({}),
    row({
      rowId: 'r2',
      block: 'OWNED',
      channel: 'Newsletter',
      activity: 'Monthly letter',
      network: null,
      quantityMetric: null,
      plannedSpend: 1_000,
      plannedQuantity: 4,
      actualSpend: null,
      actualQuantity: null,
      actualSource: 'none',
    }),
  ],
  blocks: [
    {
      __typename: 'KpiBlockResult' as const,
      block: 'PAID',
      plannedSpend: 20_000,
      actualSpend: 18_000,
      revenue: 36_000,
      estimated: false,
      networks: ['instagram'],
      roi: roi(1),
    },
    {
      __typename: 'KpiBlockResult' as const,
      block: 'UNPLANNED',
      plannedSpend: 0,
      actualSpend: 2_000,
      revenue: null,
      estimated: false,
      networks: ['tiktok'],
      roi: roi(null, 'missing_data'),
    },
  ],
} as unknown as Dashboard;

function show(language: string) {
  return render(
    <AppProviders client={createApolloClient()} env="test">
      <PlanResults dashboard={dashboard} rtl={language === 'fa'} />
    </AppProviders>,
  );
}

describe('results by media-plan block and row', () => {
  it('lists each row planned against actual, and a row without actuals as planned only', async () => {
    await initI18n({ language: 'en' });
    show('en');
    const rows = screen.getByRole('table', { name: 'Planned against actual per media-plan row' });
    const ads = within(rows)
      .getByRole('rowheader', { name: /Instagram — Ads/ })
      .closest('tr')!;
    expect(ads).toHaveTextContent('Paid');
    expect(ads).toHaveTextContent('€200.00');
    expect(ads).toHaveTextContent('€180.00');
    expect(ads).toHaveTextContent('400');
    expect(ads).toHaveTextContent('350');
    expect(ads).toHaveTextContent('Instagram actuals');
    const letter = within(rows)
      .getByRole('rowheader', { name: /Newsletter/ })
      .closest('tr')!;
    expect(within(letter).getByTestId('planned-only')).toHaveTextContent(
      'Planned only: the channel names no network',
    );
  });

  it('puts the blocks in a table and behind the spend chart, with ROI and its reason', async () => {
    await initI18n({ language: 'en' });
    show('en');
    const blocks = screen.getByRole('table', { name: 'Results per block of the media plans' });
    const paid = within(blocks).getByRole('rowheader', { name: 'Paid' }).closest('tr')!;
    expect(paid).toHaveTextContent('100%');
    const unplanned = within(blocks)
      .getByRole('rowheader', { name: 'Not in a plan' })
      .closest('tr')!;
    expect(unplanned).toHaveTextContent('TikTok');
    expect(unplanned).toHaveTextContent('—');
    const chartTable = screen.getByRole('table', { name: 'Planned and actual spend per block' });
    expect(
      within(chartTable)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Paid€200.00€180.00', 'Not in a plan€0.00€20.00']);
  });

  it('speaks Persian', async () => {
    await initI18n({ language: 'fa' });
    show('fa');
    expect(
      screen.getByRole('table', { name: 'برنامه در برابر واقعی برای هر ردیف برنامهٔ رسانه' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('پولی').length).toBeGreaterThan(0);
  });
});
