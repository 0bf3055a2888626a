import { loadavg } from 'node:os';
import { writeTableCsv, writeTableXlsx } from '@chorus/media-plan-model/io';
import { startBenchServer } from './bench-server.js';

/**
 * A posts file of N rows (default 5,000) imported over HTTP into a new brand, as CSV and
 * as XLSX: the time of the dry run and of the import (one transaction), end to end.
 * Works on a throw-away database (a temporary one on the DATABASE_URL server, else
 * in-memory PGlite). Ends with one JSON line of the figures.
 */
const rows = Number(process.argv[2] ?? 5000);
const { url, databaseKind, close } = await startBenchServer();
try {
  const origin = new URL(url).origin;
  let cookie = '';
  async function call<T>(query: string, variables: unknown): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }
  await call(`mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
    i: { email: 'posts@example.test', password: 'benchmark passphrase 2026', displayName: 'Bench' },
  });
  const ws = await call<{ createWorkspace: { id: string } }>(
    `mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }`,
    { i: { name: 'Bench agency' } },
  );
  const br = await call<{ createBrand: { id: string } }>(
    `mutation($i: CreateBrandInput!) { createBrand(input: $i) { id } }`,
    { i: { workspaceId: ws.createWorkspace.id, name: 'Bench brand' } },
  );
  const brandId = br.createBrand.id;
  const header = ['Title', 'Text', 'Networks', 'Publish at', 'Format', 'Status', 'First comment'];
  const lines = Array.from({ length: rows }, (_, n) => [
    `Post ${n}`,
    `Post ${n}: a launch text with #hashtags, @mentions and สวัสดี ☕`,
    'instagram, x, telegram',
    `2027-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')} 09:30`,
    'image',
    'ready',
    'First comment',
  ]);

  async function upload(format: 'csv' | 'xlsx', body: Uint8Array, dryRun: boolean) {
    const started = process.hrtime.bigint();
    const response = await fetch(
      `${origin}/api/brands/${brandId}/posts/import?format=${format}${dryRun ? '&dryRun=true' : ''}`,
      {
        method: 'POST',
        headers: { cookie, 'x-chorus-request': '1', 'content-type': 'application/octet-stream' },
        body: Buffer.from(body),
      },
    );
    const report = (await response.json()) as { ok: boolean; created: number; rows: number };
    if (!report.ok || report.rows !== rows) throw new Error(JSON.stringify(report).slice(0, 500));
    return Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  }

  const figures: Record<string, number> = { rows };
  for (const format of ['csv', 'xlsx'] as const) {
    const file =
      format === 'csv'
        ? writeTableCsv(header, lines)
        : await writeTableXlsx('Posts', header, lines);
    figures[`${format}_dry_run_ms`] = await upload(format, file, true);
    figures[`${format}_import_ms`] = await upload(format, file, false);
    console.log(
      `${format}: ${(file.byteLength / 1024).toFixed(0)} kB, dry run ${figures[`${format}_dry_run_ms`]} ms, import ${figures[`${format}_import_ms`]} ms`,
    );
  }
  console.log(
    `posts import (${databaseKind}), load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    JSON.stringify({
      rows,
      dry_run_ms: figures.csv_dry_run_ms,
      import_ms: figures.csv_import_ms,
      xlsx_dry_run_ms: figures.xlsx_dry_run_ms,
      xlsx_import_ms: figures.xlsx_import_ms,
    }),
  );
} finally {
  await close();
}
