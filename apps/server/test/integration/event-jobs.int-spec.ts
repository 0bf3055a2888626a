import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap.js';
import { EventLog, type RecordedEvent } from '../../src/modules/events/index.js';
import { JobQueue } from '../../src/platform/jobs/index.js';
import { createRootLogger } from '../../src/platform/logging/index.js';
import { eventually } from '../support/events.js';
import { Factories } from '../support/factories.js';
import { buildTestConfig, TEST_METRICS_TOKEN } from '../support/test-app.js';
import { createSharedTestDatabase, type TestDatabase } from '../support/test-database.js';

const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;
const RENAME_TEAM = `mutation($input: RenameTeamInput!) { renameTeam(input: $input) { id } }`;
const PARKED = `query($workspaceId: ID!) {
  parkedJobs(workspaceId: $workspaceId) { processor eventType error attempts }
}`;

const PROBE_TABLE = `CREATE TABLE IF NOT EXISTS probe_reactions (
  event_id uuid NOT NULL, instance text NOT NULL, at timestamptz NOT NULL DEFAULT now())`;

/** Boots the app with extra processors registered before it starts its workers. */
async function boot(
  database: TestDatabase,
  setup: (app: NestExpressApplication) => void,
): Promise<NestExpressApplication> {
  const config = buildTestConfig({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
  const app = await createApp(config, createRootLogger(config.logLevel));
  setup(app);
  await app.init();
  // Two instances boot at once in one test: CREATE TABLE IF NOT EXISTS is not safe to race.
  await app.get(DataSource).transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock(7301)');
    await manager.query(PROBE_TABLE);
  });
  return app;
}

/** A processor that writes one probe row per event it handles. */
function probe(app: NestExpressApplication, instance: string) {
  return async (event: RecordedEvent) => {
    await app
      .get(DataSource)
      .query('INSERT INTO probe_reactions (event_id, instance) VALUES ($1, $2)', [
        event.id,
        instance,
      ]);
  };
}

async function probeRows(app: NestExpressApplication): Promise<Array<{ event_id: string }>> {
  return app.get(DataSource).query('SELECT event_id, instance FROM probe_reactions');
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('events and background jobs', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createSharedTestDatabase();
  });

  afterEach(async () => {
    await database?.drop();
  });

  it('reacts exactly once after a restart when the processor failed before the restart', async () => {
    const first = await boot(database, (app) => {
      app
        .get(EventLog)
        .registerProcessor(
          'probe',
          ['team.created'],
          () => Promise.reject(new Error('crashed before reacting')),
          { retryLimit: 10, retryDelaySeconds: 1 },
        );
    });
    const factories = new Factories(first);
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const client = await factories.signedIn(owner);
    await client.ok(CREATE_TEAM, { input: { workspaceId: workspace.id, name: 'Night shift' } });
    // The reaction failed at least once on the first instance.
    await eventually(async () => {
      const [row] = await first
        .get(DataSource)
        .query<Array<{ retry_count: number }>>(
          `SELECT retry_count FROM pgboss.job WHERE name = 'events.probe'`,
        );
      return row && row.retry_count >= 1;
    });
    await first.close();

    const second = await boot(database, (app) => {
      app.get(EventLog).registerProcessor('probe', ['team.created'], probe(app, 'second'), {
        retryLimit: 10,
        retryDelaySeconds: 1,
      });
    });
    try {
      await eventually(async () => (await probeRows(second)).length > 0);
      await settle(3000);
      const rows = await probeRows(second);
      expect(rows).toHaveLength(1);
      const [event] = await second
        .get(DataSource)
        .query<Array<{ id: string }>>(`SELECT id FROM events WHERE type = 'team.created'`);
      expect(rows[0]!.event_id).toBe(event!.id);
      const [job] = await second
        .get(DataSource)
        .query<Array<{ state: string }>>(
          `SELECT state FROM pgboss.job WHERE name = 'events.probe'`,
        );
      expect(job!.state).toBe('completed');
    } finally {
      await second.close();
    }
  }, 180_000);

  it('retries a processor that always throws with backoff, then parks it where admins and /metrics see it, without holding up other reactions', async () => {
    const app = await boot(database, (booting) => {
      booting
        .get(EventLog)
        .registerProcessor(
          'always-fails',
          ['team.renamed'],
          () => Promise.reject(new Error('The webhook answered 500')),
          { retryLimit: 2, retryDelaySeconds: 1 },
        );
    });
    try {
      const factories = new Factories(app);
      const owner = await factories.buildUser();
      const workspace = await factories.buildWorkspace(owner);
      const client = await factories.signedIn(owner);
      const team = await client.ok<{ createTeam: { id: string } }>(CREATE_TEAM, {
        input: { workspaceId: workspace.id, name: 'Day shift' },
      });
      await client.ok(RENAME_TEAM, { input: { teamId: team.createTeam.id, name: 'Early shift' } });

      const parked = await eventually(async () => {
        const result = await client.ok<{ parkedJobs: Array<Record<string, unknown>> }>(PARKED, {
          workspaceId: workspace.id,
        });
        return result.parkedJobs.length ? result.parkedJobs : undefined;
      }, 120_000);
      expect(parked).toEqual([
        {
          processor: 'always-fails',
          eventType: 'team.renamed',
          error: 'The webhook answered 500',
          attempts: 3,
        },
      ]);
      const [job] = await app
        .get(DataSource)
        .query<Array<{ retry_backoff: boolean; retry_delay: number }>>(
          `SELECT retry_backoff, retry_delay FROM pgboss.job WHERE name = 'events.always-fails'`,
        );
      expect(job).toEqual({ retry_backoff: true, retry_delay: 1 });
      // The audit processor handled the same event and the team's creation regardless.
      const actions = await app
        .get(DataSource)
        .query<Array<{ action: string }>>(
          'SELECT action FROM audit_entries WHERE workspace_id = $1 ORDER BY occurred_at',
          [workspace.id],
        );
      expect(actions.map((row) => row.action)).toEqual(['team.created', 'team.renamed']);
      const metrics = await request(app.getHttpServer())
        .get('/metrics')
        .set('authorization', `Bearer ${TEST_METRICS_TOKEN}`);
      expect(metrics.text).toMatch(/chorus_jobs\{state="failed"[^}]*\} 1/);
    } finally {
      await app.close();
    }
  }, 180_000);

  it('starts a delayed job no earlier than asked', async () => {
    const ran: number[] = [];
    const app = await boot(database, (booting) => {
      booting.get(JobQueue).register('test.delayed', () => {
        ran.push(Date.now());
        return Promise.resolve();
      });
    });
    try {
      const sentAt = Date.now();
      await app.get(JobQueue).send('test.delayed', { hello: 'later' }, { startAfterSeconds: 3 });
      await eventually(() => Promise.resolve(ran.length > 0));
      expect(ran).toHaveLength(1);
      expect(ran[0]! - sentAt).toBeGreaterThanOrEqual(2900);
    } finally {
      await app.close();
    }
  }, 120_000);

  it('brings a queue made by an earlier boot to the options registered now', async () => {
    const settings = async (app: NestExpressApplication) =>
      (
        await app
          .get(DataSource)
          .query<Array<{ retry_limit: number; retry_delay: number }>>(
            `SELECT retry_limit, retry_delay FROM pgboss.queue WHERE name = 'test.retuned'`,
          )
      )[0];
    const noop = () => Promise.resolve();
    const first = await boot(database, (booting) => {
      booting
        .get(JobQueue)
        .register('test.retuned', noop, { retryLimit: 6, retryDelaySeconds: 30 });
    });
    try {
      expect(await settings(first)).toEqual({ retry_limit: 6, retry_delay: 30 });
    } finally {
      await first.close();
    }
    const second = await boot(database, (booting) => {
      booting.get(JobQueue).register('test.retuned', noop, { retryLimit: 2, retryDelaySeconds: 1 });
    });
    try {
      expect(await settings(second)).toEqual({ retry_limit: 2, retry_delay: 1 });
    } finally {
      await second.close();
    }
  }, 120_000);

  it('works through a burst of jobs many per polling interval, a failing one failed alone', async () => {
    const done: number[] = [];
    const app = await boot(database, (booting) => {
      booting.get(JobQueue).register(
        'test.burst',
        (data) => {
          const { n } = data as { n: number };
          if (n === 7) return Promise.reject(new Error('number seven refuses'));
          done.push(n);
          return Promise.resolve();
        },
        { retryLimit: 0 },
      );
    });
    try {
      const queue = app.get(JobQueue);
      const started = Date.now();
      for (let n = 0; n < 60; n += 1) await queue.send('test.burst', { n });
      // One job per poll (1 s) would need a minute; batches need a few polls. The bound is
      // the regression, not a speed target: ten times the quiet machine's ~3 s.
      await eventually(() => Promise.resolve(done.length === 59), 40_000);
      console.log(`60 jobs (one failing) worked through in ${Date.now() - started} ms`);
      expect([...done].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 60 }, (_, n) => n).filter((n) => n !== 7),
      );
      await eventually(async () => {
        const rows = await app
          .get(DataSource)
          .query<Array<{ state: string; n: string }>>(
            `SELECT state, count(*) AS n FROM pgboss.job WHERE name = 'test.burst' GROUP BY state`,
          );
        const byState = Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
        return byState.completed === 59 && byState.failed === 1;
      });
    } finally {
      await app.close();
    }
  }, 120_000);

  const onPostgres = process.env.DATABASE_URL ? it : it.skip;
  onPostgres(
    'runs each job once with two instances on one PostgreSQL',
    async () => {
      const booted = await Promise.allSettled(
        ['a', 'b'].map((name) =>
          boot(database, (app) => {
            app.get(EventLog).registerProcessor('probe', ['team.created'], probe(app, name));
          }),
        ),
      );
      const instances = booted.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value] : [],
      );
      const failed = booted.find((result) => result.status === 'rejected');
      if (failed) {
        // Close the one that started, so its workers do not outlive this file.
        await Promise.all(instances.map((app) => app.close()));
        throw failed.reason;
      }
      try {
        const [a, b] = instances as [NestExpressApplication, NestExpressApplication];
        const factories = new Factories(a);
        const owner = await factories.buildUser();
        const workspace = await factories.buildWorkspace(owner);
        const clients = [await factories.signedIn(owner), await new Factories(b).signedIn(owner)];
        for (let i = 0; i < 20; i += 1) {
          await clients[i % 2]!.ok(CREATE_TEAM, {
            input: { workspaceId: workspace.id, name: `Team ${i}` },
          });
        }
        await eventually(async () => (await probeRows(a)).length >= 20, 120_000);
        await settle(3000);
        const rows = await probeRows(a);
        expect(rows).toHaveLength(20);
        expect(new Set(rows.map((row) => row.event_id)).size).toBe(20);
      } finally {
        await Promise.all(instances.map((app) => app.close()));
      }
    },
    180_000,
  );
});
