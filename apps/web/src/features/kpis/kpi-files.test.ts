import { importUrl, mappingIssues, readActualsAnswer, toCsv } from './kpi-files';

const HEADERS = ['Date', 'Reach', 'Follows', 'Likes', 'Amount spent (EUR)'];

describe('mappingIssues', () => {
  it('accepts a mapping with a period, a metric and the network of the whole file', () => {
    expect(
      mappingIssues({ period: 'Date', metrics: { reach: 'Reach' } }, HEADERS, 'instagram'),
    ).toEqual([]);
  });

  it('names each thing missing before the file can be checked', () => {
    expect(mappingIssues({ period: '', metrics: {} }, HEADERS, null).map((i) => i.code)).toEqual([
      'periodMissing',
      'noMetrics',
      'networkMissing',
    ]);
  });

  it('refuses a header the file does not have and a header mapped twice', () => {
    const issues = mappingIssues(
      { period: 'Date', metrics: { reach: 'Reach', impressions: 'Reach', clicks: 'Link clicks' } },
      HEADERS,
      'facebook',
    );
    expect(issues).toEqual([
      { code: 'headerTwice', header: 'Reach' },
      { code: 'headerUnknown', header: 'Link clicks' },
    ]);
  });
});

describe('the import endpoint', () => {
  it('sends the mapping, the network, the locale and the dry run in the address', () => {
    const url = new URL(
      importUrl('b 1', 'csv', {
        dryRun: true,
        mapping: { period: 'Date', metrics: { reach: 'Reach' } },
        network: 'instagram',
        locale: 'fa',
      }),
      'http://x',
    );
    expect(url.pathname).toBe('/api/brands/b%201/kpis/actuals/import');
    expect(url.searchParams.get('format')).toBe('csv');
    expect(url.searchParams.get('dryRun')).toBe('true');
    expect(url.searchParams.get('network')).toBe('instagram');
    expect(url.searchParams.get('locale')).toBe('fa');
    expect(JSON.parse(url.searchParams.get('mapping') ?? '')).toEqual({
      period: 'Date',
      metrics: { reach: 'Reach' },
    });
  });

  it('reads a 422 report with every problem, and anything else as a refusal', () => {
    const answer = readActualsAnswer(422, {
      ok: false,
      applied: false,
      headers: HEADERS,
      mapping: { period: 'Date', metrics: { reach: 'Reach', bogus: 'Likes' } },
      suggestedNetwork: 'instagram',
      currency: 'EUR',
      rows: 3,
      errorRows: 1,
      errorCount: 2,
      actuals: 0,
      problems: [
        { row: 3, column: 'Reach', code: 'negative', message: 'Reach is negative.' },
        {
          row: 3,
          column: 'Date',
          code: 'period_in_future',
          message: '2099-01 has not happened yet.',
        },
      ],
    });
    expect(answer.kind).toBe('report');
    if (answer.kind !== 'report') return;
    expect(answer.report.mapping).toEqual({ period: 'Date', metrics: { reach: 'Reach' } });
    expect(answer.report.suggestedNetwork).toBe('instagram');
    expect(answer.report.problems.map((p) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      '3:Reach:negative',
      '3:Date:period_in_future',
    ]);
    expect(readActualsAnswer(403, { error: { message: 'Not allowed.' } })).toEqual({
      kind: 'refused',
      status: 403,
      message: 'Not allowed.',
    });
  });
});

describe('toCsv', () => {
  it('quotes what must be quoted and defuses spreadsheet formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', 3, null]])).toBe(
      '\uFEFF"a,b","say ""hi""",\'=SUM(A1),3,\r\n',
    );
  });
});
