import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';

/** Polls until `check` answers a value (the job queue works in the background). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 60_000,
  everyMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting for a background job');
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits until the workspace has at least `count` audit entries. */
export function auditEntries(
  app: NestExpressApplication,
  workspaceId: string,
  count: number,
): Promise<number> {
  const db = app.get(DataSource);
  return eventually(async () => {
    const [row] = await db.query<[{ n: string }]>(
      'SELECT count(*) AS n FROM audit_entries WHERE workspace_id = $1',
      [workspaceId],
    );
    return Number(row.n) >= count ? Number(row.n) : undefined;
  });
}

/** Downloads a workspace's audit CSV with a session cookie. */
export async function downloadAuditCsv(
  app: NestExpressApplication,
  cookie: string | undefined,
  workspaceId: string,
  query = '',
): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  const call = request(app.getHttpServer())
    .get(`/api/workspaces/${workspaceId}/audit.csv${query}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
  if (cookie) call.set('cookie', cookie);
  const response = await call;
  return { status: response.status, text: response.body as string, headers: response.headers };
}
