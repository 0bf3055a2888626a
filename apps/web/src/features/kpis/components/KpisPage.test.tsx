import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, buildUser, buildWorkspace, signedInMocks } from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { BrandSummaryQuery } from '../../brands/graphql/brands.graphql';
import { KpiDashboardQuery } from '../graphql/kpis.graphql';
import { defaultRange } from '../kpi-format';
import { readBlob } from '../../../../test/read-blob';

const ana = buildUser();
const acme = buildWorkspace({ id: 'acme', name: 'Acme Agency' });
const range = defaultRange(new Date());

const ER_FORMULA = 'engagement rate = engagements ÷ community members (followers) × 100';
const measure = (
  value: number | null,
  reason: string | null,
  formula: string,
  planned = false,
) => ({
  __typename: 'KpiMeasureValue',
  value,
  reason,
  formula,
  planned,
});

const kpi = {
  __typename: 'Kpi',
  id: 'kpi-er',
  brandId: 'soda',
  goalId: 'goal-1',
  name: 'Engage the tea club',
  metric: 'engagement_rate',
  unit: 'percent',
  currency: null,
  direction: 'higher',
  network: null,
  baseline: 2,
  target: 6,
  startDate: `${range.from}-01`,
  deadline: '2027-06-30',
  periodKind: 'month',
  targetMode: 'linear',
  goalRemovedAt: '2026-12-01T00:00:00.000Z',
  archivedAt: null,
  strategyDocumentId: 'doc-1',
  targets: [{ __typename: 'KpiTarget', periodKey: range.to, value: 4 }],
};

const dashboard = {
  __typename: 'KpiDashboard',
  brandId: 'soda',
  from: range.from,
  to: range.to,
  currency: 'EUR',
  rows: [
    {
      __typename: 'KpiDashboardRow',
      kpi,
      periods: [
        {
          __typename: 'KpiPeriodRow',
          periodKey: range.to,
          target: 4,
          actual: null,
          measure: measure(4.5, null, ER_FORMULA),
        },
      ],
      progress: {
        __typename: 'KpiProgress',
        status: 'on_track',
        current: 4.5,
        projected: 6.2,
        completion: 0.6,
        rule: 'trend',
      },
    },
  ],
  channels: [
    {
      __typename: 'KpiChannelResult',
      network: 'instagram',
      spend: null,
      plannedSpend: 0,
      revenue: 50000,
      roi: measure(null, 'no_spend', 'ROI = (revenue − spend) ÷ spend'),
      engagementRate: measure(4.5, null, ER_FORMULA),
      engagementRateByReach: measure(null, 'no_reach', 'by reach'),
      ctr: measure(null, 'no_impressions', 'CTR'),
      cpc: measure(null, 'no_clicks', 'CPC'),
      cpa: measure(null, 'no_conversions', 'CPA'),
      cpm: measure(null, 'no_impressions', 'CPM'),
    },
  ],
  actuals: [],
  planRows: [
    {
      __typename: 'KpiPlanRowResult',
      documentId: 'plan-1',
      planTitle: 'Tea plan',
      rowId: 'r1',
      block: 'OWNED',
      channel: 'Newsletter',
      activity: 'Tea letter',
      network: null,
      kpiName: null,
      quantityMetric: null,
      plannedSpend: 5000,
      plannedQuantity: 4,
      actualSpend: null,
      actualQuantity: null,
      actualSource: 'none',
      sharedWith: 1,
    },
  ],
  blocks: [
    {
      __typename: 'KpiBlockResult',
      block: 'OWNED',
      plannedSpend: 5000,
      actualSpend: null,
      revenue: null,
      estimated: false,
      networks: [],
      roi: measure(null, 'missing_data', 'ROI = (revenue − spend) ÷ spend'),
    },
  ],
};

function mocks(actions: string[]) {
  return [
    ...signedInMocks(ana, acme),
    answer(
      BrandSummaryQuery,
      { id: 'soda' },
      {
        data: {
          brand: {
            __typename: 'Brand',
            id: 'soda',
            name: 'Saigon Soda',
            workspaceId: 'acme',
            archivedAt: null,
            myRoles: ['moderator'],
            myActions: actions,
          },
        },
      },
      Number.POSITIVE_INFINITY,
    ),
    answer(
      KpiDashboardQuery,
      { brandId: 'soda', from: range.from, to: range.to },
      { data: { kpiDashboard: dashboard } },
      Number.POSITIVE_INFINITY,
    ),
  ];
}

describe('the results page', () => {
  it('lets a reader see goal progress, the engagement rate with its formula and ROI as "—" with the reason, without enter or import buttons', async () => {
    await renderApp('/w/acme/b/soda/results', {
      signedInAs: ana,
      mocks: mocks(['brand.read', 'metrics.read']),
    });
    const progress = await screen.findByTestId('goal-progress');
    const row = within(progress).getByTestId('kpi-row-engagement_rate');
    expect(within(row).getByText('Goal removed')).toBeInTheDocument();
    expect(within(row).getByTestId('period-target')).toHaveTextContent('4%');
    expect(within(row).getByTestId('measure-engagement_rate')).toHaveTextContent('4.5%');
    expect(within(row).getByTestId('measure-engagement_rate')).toHaveAttribute(
      'data-formula',
      'Engagement rate = engagements ÷ community members (followers) × 100',
    );
    expect(within(row).getByTestId('kpi-status')).toHaveTextContent('On track');

    const instagram = screen.getByTestId('channel-instagram');
    const roi = within(instagram).getByTestId('measure-roi');
    expect(roi).toHaveTextContent('—');
    expect(roi).toHaveTextContent('no spend');
    expect(roi.textContent).not.toMatch(/NaN|Infinity/);

    expect(screen.queryByRole('button', { name: 'Import actuals' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'KPIs' }));
    expect(screen.queryByRole('button', { name: 'New KPI' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sync from goals' })).not.toBeInTheDocument();
  });

  it('downloads the dashboard as CSV and as an XLSX workbook the server writes from the same tables', async () => {
    const createObjectURL = jest.fn<string, [Blob]>(() => 'blob:chorus/report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const workbook = new Blob(['PK-workbook'], { type: 'application/octet-stream' });
    const fetchMock = jest
      .fn<Promise<Response>, [string, RequestInit]>()
      .mockResolvedValueOnce({ ok: false, status: 500 } as Response)
      .mockResolvedValueOnce({
        ok: true,
        status: 200,
        blob: () => Promise.resolve(workbook),
      } as Response);
    const realFetch = globalThis.fetch;
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    try {
      await renderApp('/w/acme/b/soda/results', {
        signedInAs: ana,
        mocks: mocks(['brand.read', 'metrics.read']),
      });
      await screen.findByTestId('goal-progress');

      await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
      const csv = await readBlob(createObjectURL.mock.calls[0]![0]);
      expect(csv).toContain(
        `Engage the tea club,Engagement rate,All networks,${range.to},4,4.5,On track,`,
      );

      // The first attempt fails: the page says so; the second gives the workbook.
      await userEvent.click(screen.getByRole('button', { name: 'Download XLSX' }));
      expect(
        await screen.findByText('The workbook could not be made. Try again.'),
      ).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Download XLSX' }));
      await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(2));
      expect(createObjectURL.mock.calls[1]![0]).toBe(workbook);
      expect(screen.queryByText('The workbook could not be made. Try again.')).toBeNull();

      const [url, init] = fetchMock.mock.calls[1]!;
      expect(url).toBe('/api/brands/soda/kpis/report.xlsx');
      expect(init.headers).toMatchObject({
        'X-Chorus-Request': '1',
        'Content-Type': 'application/vnd.chorus.report+json',
      });
      const sent = JSON.parse(init.body as string) as {
        fileName: string;
        sheets: Array<{ name: string; rows: unknown[][] }>;
      };
      expect(sent.fileName).toBe(`kpis-${range.from}-${range.to}`);
      expect(sent.sheets.map((sheet) => sheet.name)).toEqual([
        'KPIs by month',
        'Networks',
        'Media plan',
      ]);
      expect(sent.sheets[0]!.rows[1]).toEqual([
        'Engage the tea club',
        'Engagement rate',
        'All networks',
        range.to,
        4,
        4.5,
        'On track',
        null,
      ]);
      expect(sent.sheets[1]!.rows[1]![0]).toBe('Instagram');
      // Blocks first, then each plan row with where its actuals come from.
      expect(sent.sheets[2]!.rows[1]).toEqual(['Owned', 50, null, null, '— not entered', '']);
      expect(sent.sheets[2]!.rows.at(-1)).toEqual([
        'Tea plan — Newsletter — Tea letter',
        'Owned',
        null,
        50,
        null,
        4,
        null,
        'Planned only: the channel names no network',
      ]);
    } finally {
      globalThis.fetch = realFetch;
      click.mockRestore();
    }
  });

  it('offers import, new KPI and sync to the roles the matrix lets edit metrics', async () => {
    await renderApp('/w/acme/b/soda/results', {
      signedInAs: ana,
      mocks: mocks(['brand.read', 'metrics.read', 'metrics.edit']),
    });
    await screen.findByTestId('goal-progress');
    expect(screen.getByRole('button', { name: 'Import actuals' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'KPIs' }));
    expect(screen.getByRole('button', { name: 'New KPI' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync from goals' })).toBeInTheDocument();
  });

  it('reads right to left in Persian, with the reason in Persian', async () => {
    await renderApp('/w/acme/b/soda/results', {
      signedInAs: ana,
      mocks: mocks(['brand.read', 'metrics.read']),
      language: 'fa',
    });
    const instagram = await screen.findByTestId('channel-instagram');
    const roi = within(instagram).getByTestId('measure-roi');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(roi).toHaveTextContent('بدون هزینه');
  });
});
