import pg from 'pg';
import { InvalidEnvironmentError } from '../config/environment.js';
import type { DatabaseConfig } from '../config/app-config.js';

/** host:port of a PostgreSQL URL, without the user or password. */
export function databaseAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return 'an unreadable address';
  }
}

/**
 * Connects once to DATABASE_URL with the configured timeout and runs `SELECT 1`, so an
 * unreachable or refusing server stops the start within that time with one message that
 * names the variable and the address tried (instead of TypeORM's retries and stacks).
 * A no-op for the embedded database.
 */
export async function checkDatabaseReachable(database: DatabaseConfig): Promise<void> {
  if (database.kind !== 'postgres') return;
  const timeoutMs = database.connectTimeoutMs ?? 10_000;
  const client = new pg.Client({
    connectionString: database.url,
    connectionTimeoutMillis: timeoutMs,
    application_name: 'chorus-start-check',
  });
  // A server that drops the connection later must not crash the process from here.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = describeFailure(error, timeoutMs);
    throw new InvalidEnvironmentError([
      `DATABASE_URL: PostgreSQL at ${databaseAddress(database.url)} ${reason} ` +
        '(DATABASE_CONNECT_TIMEOUT_MS sets how long to wait)',
    ]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  const { code, message } = error as { code?: string; message?: string };
  switch (code ?? '') {
    case 'ECONNREFUSED':
      return 'refused the connection';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'cannot be found (unknown host name)';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'cannot be reached (no route to the host)';
    case '28P01':
    case '28000':
      return `refused the sign-in: ${message ?? 'authentication failed'}`;
    case '3D000':
      return `has no such database: ${message ?? ''}`.trim();
    default:
      if (/timeout/i.test(message ?? '')) return `did not answer within ${timeoutMs} ms`;
      return `cannot be used: ${message ?? String(error)}`;
  }
}
