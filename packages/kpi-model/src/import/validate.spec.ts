import { describe, expect, it } from '@jest/globals';
import { suggestActualsMapping } from './headers.js';
import { type ActualsContext, type ActualsRecord, validateActuals } from './validate.js';

const context: ActualsContext = {
  network: 'instagram',
  currency: 'EUR',
  span: { from: '2026-01', to: '2027-12' },
  today: '2026-12-07',
};

function table(rows: (string | number | null)[][]): {
  header: ActualsRecord;
  records: ActualsRecord[];
} {
  const [first, ...rest] = rows.map((cells, index) => ({ line: index + 1, cells }));
  return { header: first!, records: rest };
}

function run(rows: (string | number | null)[][], ctx: ActualsContext = context) {
  const { header, records } = table(rows);
  const suggested = suggestActualsMapping(header.cells.map((c) => String(c ?? '')));
  if (!suggested.mapping) throw new Error('no mapping');
  return validateActuals(header, records, suggested.mapping, ctx);
}

describe('suggestActualsMapping', () => {
  it('recognises an Instagram export', () => {
    const s = suggestActualsMapping([
      'Date',
      'Reach',
      'Impressions',
      'Follows',
      'Likes',
      'Comments',
      'Shares',
      'Saves',
      'Profile visits',
      'Website clicks',
      'Stickers',
    ]);
    expect(s.mapping?.period).toBe('Date');
    expect(s.mapping?.metrics).toEqual({
      reach: 'Reach',
      impressions: 'Impressions',
      new_followers: 'Follows',
      likes: 'Likes',
      comments: 'Comments',
      shares: 'Shares',
      saves: 'Saves',
      profile_visits: 'Profile visits',
      clicks: 'Website clicks',
    });
    expect(s.unmapped).toEqual(['Stickers']);
  });
  it('recognises Meta Business Suite, Ads Manager, LinkedIn, GA4 and Chorus headers', () => {
    const facebook = suggestActualsMapping([
      'Date',
      'Facebook Page reach',
      'Facebook Page visits',
      'Facebook Page new likes',
    ]);
    expect(facebook.network).toBe('facebook');
    expect(Object.keys(facebook.mapping!.metrics)).toEqual([
      'reach',
      'profile_visits',
      'new_followers',
    ]);
    const ads = suggestActualsMapping([
      'Reporting starts',
      'Amount spent (EUR)',
      'Reach',
      'Link clicks',
      'Results',
      'Purchases conversion value',
    ]);
    expect(ads.headerCurrency).toBe('EUR');
    expect(ads.mapping?.metrics.spend).toBe('Amount spent (EUR)');
    expect(ads.mapping?.metrics.revenue).toBe('Purchases conversion value');
    const linkedin = suggestActualsMapping([
      'Date',
      'Impressions (total)',
      'Clicks (total)',
      'Reactions (total)',
      'Reposts (total)',
      'Total followers',
    ]);
    expect(linkedin.mapping?.metrics).toMatchObject({
      impressions: 'Impressions (total)',
      clicks: 'Clicks (total)',
      likes: 'Reactions (total)',
      shares: 'Reposts (total)',
      followers: 'Total followers',
    });
    const ga = suggestActualsMapping(['Month', 'Sessions', 'Key events', 'Total revenue']);
    expect(ga.mapping?.metrics).toEqual({
      utm_sessions: 'Sessions',
      conversions: 'Key events',
      revenue: 'Total revenue',
    });
    const chorus = suggestActualsMapping([
      'Month',
      'Network',
      'Post',
      'Currency',
      'followers',
      'utm_sessions',
      'active_share',
    ]);
    expect(chorus.mapping).toMatchObject({
      period: 'Month',
      network: 'Network',
      post: 'Post',
      currency: 'Currency',
    });
    expect(Object.keys(chorus.mapping!.metrics)).toEqual([
      'followers',
      'utm_sessions',
      'active_share',
    ]);
  });
  it('gives no mapping without a period column', () => {
    expect(suggestActualsMapping(['Reach']).mapping).toBeNull();
  });
});

describe('validateActuals', () => {
  it('adds day rows up into months: flows summed, followers at the latest day', () => {
    const result = run([
      ['Date', 'Reach', 'Followers', 'Likes'],
      ['2026-11-01', 100, 1000, 5],
      ['2026-11-30', '200', '1,050', ''],
      ['2026-11-15', 50, 1020, 1],
      ['2026-10-31', 10, 990, null],
    ]);
    expect(result.ok).toBe(true);
    const byKey = Object.fromEntries(
      result.actuals.map((a) => [`${a.periodKey} ${a.metric}`, a.value]),
    );
    expect(byKey).toEqual({
      '2026-11 reach': 350,
      '2026-11 followers': 1050,
      '2026-11 likes': 6,
      '2026-10 reach': 10,
      '2026-10 followers': 990,
    });
    expect(result.actuals.every((a) => a.network === 'instagram' && a.post === null)).toBe(true);
  });

  it('names every bad row and column and returns nothing to apply', () => {
    const result = run(
      [
        ['Month', 'Network', 'Currency', 'followers', 'active_share', 'spend', 'reach'],
        ['2026-01', 'Instagram', 'EUR', -5, '', '', ''],
        ['2026-02', 'Instagram', 'EUR', '', '120 %', '', ''],
        ['2026-03', 'Instagram', 'USD', '', '', '10.00', ''],
        ['2025-12', 'Instagram', 'EUR', '', '', '', 10],
        ['2026-04', 'Myspace', 'EUR', 1, '', '', ''],
        ['2026-05', 'Instagram', 'EUR', 1, '', '', ''],
        ['2026-05', 'instagram', 'EUR', 2, '', '', ''],
        ['next month', 'Instagram', 'EUR', 1, '', '', ''],
        ['2027-01', 'Instagram', 'EUR', 1, '', '', ''],
        ['2026-06', 'Instagram', 'EUR', '12.5', '', '', 'many'],
        ['2026-07', 'Instagram', 'EUR', 10, '', '12.345', ''],
      ],
      { ...context, network: null },
    );
    expect(result.ok).toBe(false);
    expect(result.actuals).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'followers', 'negative'],
      [3, 'active_share', 'percent_over_100'],
      [4, 'Currency', 'currency_mismatch'],
      [5, 'Month', 'outside_span'],
      [6, 'Network', 'network_unknown'],
      [8, 'Month', 'duplicate_row'],
      [9, 'Month', 'period_invalid'],
      [10, 'Month', 'period_in_future'],
      [11, 'followers', 'not_an_integer'],
      [11, 'reach', 'not_a_number'],
      [12, 'spend', 'too_many_decimals'],
    ]);
    expect(result.errorRows).toBe(10);
    expect(result.problems[5]!.message).toMatch(/row 7/);
  });

  it('refuses a day row and its whole month together', () => {
    const result = run([
      ['Date', 'Reach'],
      ['2026-05', 10],
      ['2026-05-03', 10],
    ]);
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([[3, 'duplicate_row']]);
  });

  it('keeps posts apart and reads money into minor units', () => {
    const result = run([
      ['Date', 'Post URL', 'Amount spent (EUR)', 'Likes'],
      ['2026-05-03', 'https://instagram.com/p/1', '10.50', 3],
      ['2026-05-03', 'https://instagram.com/p/2', 4, 4],
    ]);
    expect(result.ok).toBe(true);
    expect(result.actuals).toHaveLength(4);
    expect(result.actuals.find((a) => a.metric === 'spend' && a.post?.endsWith('1'))?.value).toBe(
      1050,
    );
    expect(result.actuals.find((a) => a.metric === 'spend' && a.post?.endsWith('2'))?.value).toBe(
      400,
    );
  });

  it('refuses a money column in another currency before reading any row', () => {
    const result = run([
      ['Date', 'Amount spent (USD)'],
      ['2026-05-03', 1],
    ]);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [0, 'Amount spent (USD)', 'currency_mismatch'],
    ]);
  });

  it('asks for a network when neither the file nor the import names one', () => {
    const result = run(
      [
        ['Date', 'Reach'],
        ['2026-05-03', 1],
      ],
      { ...context, network: null },
    );
    expect(result.problems.map((p) => p.code)).toEqual(['network_missing']);
  });

  it('names mapped columns the file does not have', () => {
    const { header, records } = table([
      ['Date', 'Reach'],
      ['2026-05-03', 1],
    ]);
    const result = validateActuals(
      header,
      records,
      { period: 'Day', metrics: { reach: 'Reach', likes: 'Likes' } },
      context,
    );
    expect(result.problems.map((p) => [p.column, p.code])).toEqual([
      ['Day', 'column_missing'],
      ['Likes', 'column_missing'],
    ]);
  });

  it('reads GA4 dates and months, and formula-guarded text in Chorus CSV', () => {
    const result = run(
      [
        ['Date', 'Network', 'Sessions'],
        ['20261105', "'=x", 1],
        ['202610', 'Instagram', 2],
      ],
      { ...context, guarded: true },
    );
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([[2, 'network_unknown']]);
  });

  it('validates a 10,000-row file and names the one bad row', () => {
    const rows: (string | number | null)[][] = [
      [
        'Date',
        'Network',
        'Reach',
        'Impressions',
        'Followers',
        'Likes',
        'Comments',
        'Amount spent (EUR)',
      ],
    ];
    const networks = [
      'Instagram',
      'Facebook',
      'TikTok',
      'LinkedIn',
      'YouTube',
      'X',
      'Threads',
      'Pinterest',
      'VK',
      'Telegram',
    ];
    const start = Date.UTC(2024, 0, 1);
    for (let i = 0; i < 10_000; i += 1) {
      const day = new Date(start + Math.floor(i / networks.length) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      rows.push([
        day,
        networks[i % networks.length]!,
        100 + i,
        1000 + i,
        5000 + i,
        i % 50,
        i % 7,
        '12.34',
      ]);
    }
    const good = run(rows, { ...context, network: null, span: null });
    expect(good.ok).toBe(true);
    expect(good.rows).toBe(10_000);
    // 1,000 days: January 2024 to September 2026, 33 months × 10 networks × 6 metrics.
    expect(good.actuals).toHaveLength(33 * 10 * 6);
    const january = good.actuals.find(
      (a) => a.network === 'x' && a.periodKey === '2024-01' && a.metric === 'spend',
    );
    expect(january?.value).toBe(31 * 1234);
    rows[5001]![4] = -1;
    const bad = run(rows, { ...context, network: null, span: null });
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([
      expect.objectContaining({ row: 5002, column: 'Followers', code: 'negative' }),
    ]);
  });
});
