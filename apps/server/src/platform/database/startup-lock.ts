import type { DataSource } from 'typeorm';

/** Any fixed number: the advisory lock that lets one starting instance set up at a time. */
const STARTUP_LOCK = 7_302_114;

/**
 * Runs one start-up step (migrations, the job queue's schema) while holding a session
 * advisory lock on a PostgreSQL server, so instances that start at once (a rolling
 * restart, two instances in tests) take turns instead of failing on half-created
 * tables. The embedded database serves one process through one session: no lock there
 * (a held query runner would block the step's own queries).
 */
export async function withStartupLock<T>(
  dataSource: DataSource,
  step: () => Promise<T>,
): Promise<T> {
  const options = dataSource.options;
  const shared = options.type === 'postgres' && 'url' in options && Boolean(options.url);
  if (!shared) return step();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await step();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
