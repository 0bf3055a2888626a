import {
  MEASURE_IDS,
  METRIC_IDS,
  METRICS,
  suggestActualsMapping,
  validateActuals,
} from '@chorus/kpi-model';
import { readCsvTable } from '@chorus/media-plan-model/io';
import { DataSource } from 'typeorm';
import { countStatements } from '../platform/database/index.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

/**
 * The KPI dashboard of one brand with 3 years of monthly actuals for 10 networks × 20
 * metrics (7,200 actuals), 50 KPIs (metrics and measures, monthly and quarterly, some per
 * network) and a media plan's mirrored cells, over HTTP against the real app. Prints the
 * SQL statements one `kpiDashboard` (a year) sends (target ≤ 5) and its server time over R
 * requests (default 50; target p95 ≤ 100 ms), then the time to read and validate a
 * 10,000-row CSV export (target ≤ 2 s; @chorus/kpi-model's validateActuals after
 * media-plan-model's CSV reader, as the import endpoint runs them) and a dry run of it over
 * HTTP. Works on a throw-away database (DATABASE_URL's server, else PGlite). Ends with one
 * JSON line of the figures.
 */
const NETWORKS = [
  'instagram',
  'facebook',
  'tiktok',
  'x',
  'threads',
  'linkedin',
  'telegram',
  'youtube',
  'pinterest',
  'vk',
];
const LABELS = [
  'Instagram',
  'Facebook',
  'TikTok',
  'X',
  'Threads',
  'LinkedIn',
  'Telegram',
  'YouTube',
  'Pinterest',
  'VK',
];

const requests = Number(process.argv[2] ?? 50);

/**
 * A request retried once when the server closed the idle keep-alive connection just as it
 * was reused (the validation runs in between take seconds on a loaded machine).
 */
async function retried(send: () => Promise<Response>): Promise<Response> {
  try {
    return await send();
  } catch {
    return send();
  }
}
const ownWork = (sql: string) => !/^\s*UPDATE "sessions"/i.test(sql);
const server = await startBenchServer();
const { app, url, databaseKind, close } = server;
try {
  const client = benchClient(server);
  const { call, serverMs } = client;
  const { brandId } = await benchBrand(client, 'kpis@example.test', 'Bench');
  const dataSource = app.get(DataSource);

  // 36 months (2024-01 … 2026-12) × 10 networks × 20 metrics.
  await dataSource.query(
    `INSERT INTO kpi_actuals (brand_id, network, metric, period_key, value)
     SELECT $1, n, m, to_char(date '2024-01-01' + (g || ' month')::interval, 'YYYY-MM'),
            CASE WHEN m IN ('active_share', 'medium_share', 'inactive_share') THEN 10 + g % 30
                 ELSE 1000 + g * 37 + length(n) * 11 END
       FROM unnest($2::text[]) AS n, unnest($3::text[]) AS m, generate_series(0, 35) AS g`,
    [brandId, NETWORKS, [...METRIC_IDS]],
  );
  const kpiMetrics = [...METRIC_IDS, ...MEASURE_IDS];
  await dataSource.query(
    `INSERT INTO kpis (brand_id, name, metric, unit, currency, direction, network, baseline, target,
            start_date, deadline, period_kind)
     SELECT $1, 'KPI ' || g, ($2::text[])[1 + g % array_length($2::text[], 1)],
            ($3::text[])[1 + g % array_length($2::text[], 1)], 'EUR', 'higher',
            CASE WHEN g % 3 = 0 THEN ($4::text[])[1 + g % 10] END, 100, 5000,
            date '2024-01-01', date '2026-12-31', CASE WHEN g % 5 = 0 THEN 'quarter' ELSE 'month' END
       FROM generate_series(1, 50) AS g`,
    [brandId, kpiMetrics, kpiMetrics.map((m) => METRICS[m].unit), NETWORKS],
  );
  const [plan] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO documents (brand_id, kind, title) VALUES ($1, 'media_plan', 'Plan') RETURNING id`,
    [brandId],
  );
  await dataSource.query(
    `INSERT INTO kpi_plan_cells (document_id, brand_id, row_id, period_key, block, channel, goal_id,
            currency, budget, quantity)
     SELECT $1, $2, 'r' || r, to_char(date '2024-01-01' + (g || ' month')::interval, 'YYYY-MM'),
            (ARRAY['PAID','OWNED','EARNED'])[1 + r % 3], ($3::text[])[1 + r % 10], '', 'EUR', 100000 + r, r
       FROM generate_series(0, 29) AS r, generate_series(0, 35) AS g`,
    [plan!.id, brandId, LABELS],
  );
  await dataSource.query('ANALYZE kpi_actuals, kpis, kpi_targets, kpi_plan_cells');

  const DASHBOARD = `query($b: ID!) { kpiDashboard(brandId: $b, from: "2026-01", to: "2026-12") {
    currency
    rows { kpi { id name metric unit network } periods { periodKey target actual measure { value reason planned } }
           progress { status current projected } }
    channels { network spend plannedSpend revenue roi { value reason planned } engagementRate { value reason }
               ctr { value reason } cpc { value reason } cpm { value reason } cpa { value reason } }
    actuals { network metric periodKey value } } }`;
  await call(DASHBOARD, { b: brandId }); // warm-up
  const counter = countStatements(dataSource, app.getHttpServer());
  const first = await call<{ kpiDashboard: { rows: unknown[]; actuals: unknown[] } }>(DASHBOARD, {
    b: brandId,
  });
  const perRequest = counter.statements.filter(ownWork);
  counter.stop();
  if (first.data.kpiDashboard.rows.length !== 50) throw new Error('the dashboard lost KPIs');
  serverMs.length = 0;
  for (let i = 0; i < requests; i += 1) await call(DASHBOARD, { b: brandId });
  const samples = [...serverMs].sort((a, b) => a - b);
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;

  // A 10,000-row daily export: 1,000 days × 10 networks, seven metric columns.
  const lines = [
    'Date,Network,Reach,Impressions,Followers,Likes,Comments,Link clicks,Amount spent (EUR)',
  ];
  for (let i = 0; i < 10_000; i += 1) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 10) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    lines.push(
      `${day},${LABELS[i % 10]},${100 + i},${1000 + i},${5000 + i},${i % 50},${i % 7},${i % 13},12.34`,
    );
  }
  const csv = new TextEncoder().encode(lines.join('\r\n'));
  const validateRuns: number[] = [];
  let actuals = 0;
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    const table = readCsvTable(csv, { maxRecords: 20_001, maxFields: 64 });
    if (!table.ok) throw new Error(table.reason);
    const [header, ...records] = table.records;
    const mapping = suggestActualsMapping(header!.cells.map((c) => String(c ?? ''))).mapping!;
    const result = validateActuals(header!, records, mapping, {
      network: null,
      currency: 'EUR',
      span: null,
      today: '2026-12-31',
      guarded: true,
    });
    validateRuns.push(performance.now() - started);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    actuals = result.actuals.length;
  }
  validateRuns.sort((a, b) => a - b);
  const validateMs = validateRuns[Math.floor(validateRuns.length / 2)]!;
  const dryStarted = performance.now();
  const dry = await retried(() =>
    fetch(
      url.replace('/graphql', `/api/brands/${brandId}/kpis/actuals/import?format=csv&dryRun=true`),
      {
        method: 'POST',
        headers: {
          cookie: client.cookie,
          'x-chorus-request': '1',
          'content-type': 'application/octet-stream',
        },
        body: Buffer.from(csv),
      },
    ),
  );
  const dryMs = performance.now() - dryStarted;
  const dryReport = (await dry.json()) as {
    errorCount?: number;
    problems?: Array<{ code: string }>;
  };

  console.log(
    `KPI dashboard of one brand (${databaseKind}): 7,200 actuals, 50 KPIs, 1,080 plan cells`,
  );
  console.log(`SQL statements per request: ${perRequest.length}`);
  for (const sql of perRequest) console.log(`  - ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
  console.log(
    `kpiDashboard (a year) over ${requests} requests, server time: p50=${q(0.5).toFixed(1)} ms  p95=${q(0.95).toFixed(1)} ms  max=${q(1).toFixed(1)} ms`,
  );
  console.log(
    `10,000-row CSV read + validated in ${validateMs.toFixed(0)} ms (median of 5): ${actuals} month totals`,
  );
  console.log(
    `  dry run over HTTP: ${dryMs.toFixed(0)} ms, status ${dry.status}` +
      (dryReport.errorCount
        ? ` (${dryReport.errorCount} problems: ${dryReport.problems?.[0]?.code})`
        : ''),
  );
  console.log(
    JSON.stringify({
      dashboard_statements: perRequest.length,
      dashboard_p50_ms: Number(q(0.5).toFixed(1)),
      dashboard_p95_ms: Number(q(0.95).toFixed(1)),
      import_validate_ms: Number(validateMs.toFixed(0)),
      import_dry_run_http_ms: Number(dryMs.toFixed(0)),
    }),
  );
} finally {
  await close();
}
