import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { Gauge } from 'prom-client';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/index.js';
import { MetricsService } from '../health/index.js';
import { withStartupLock } from '../database/index.js';
import { dataSourceExecutor, managerExecutor, type SettlingExecutor } from './sql-executor.js';

/** How a queue retries: `retryLimit` more attempts, `retryDelaySeconds` doubling each time. */
export interface QueueOptions {
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A running job not finished after this long counts as failed (and is retried). */
  expireInSeconds?: number;
}

export interface SendOptions {
  /** Send inside this transaction: the job exists only if the transaction commits. */
  manager?: EntityManager;
  /** Start no earlier than this many seconds from now. */
  startAfterSeconds?: number;
}

type Handler = (data: unknown, job: { id: string; attempt: number }) => Promise<void>;

interface Registration {
  name: string;
  handler: Handler;
  options: Required<QueueOptions>;
  /** A cron expression (UTC): pg-boss sends one job each time it comes round, once across instances. */
  cron?: string;
}

const DEFAULTS: Required<QueueOptions> = {
  retryLimit: 5,
  retryDelaySeconds: 5,
  expireInSeconds: 900,
};

/** Jobs a worker takes per fetch (see startWorker). */
const BATCH_SIZE = 20;

/** How often each worker looks for work (pg-boss's minimum is 0.5 s). */
const POLL_SECONDS = 1;

/**
 * The PostgreSQL-backed job queue (pg-boss 10 in schema `pgboss`), on the app's
 * own data source so it runs on PGlite as well as on PostgreSQL. Modules register
 * a handler per queue (before the app finishes booting) and send jobs, optionally
 * in their own transaction. Each job runs once at a time across instances
 * (SKIP LOCKED), is retried with exponential backoff and, when its retries are
 * used up, stays in state `failed` ("parked") until someone looks at it.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly executor: SettlingExecutor;
  /** How long shutdown waits for running jobs before failing them (they are retried). */
  private readonly stopTimeoutMs: number;
  private readonly registrations = new Map<string, Registration>();
  private started = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    metrics: MetricsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    // Half the process's shutdown budget: the rest is for the statements left and the pools.
    this.stopTimeoutMs = Math.max(1000, Math.floor(config.http.shutdownTimeoutMs / 2));
    this.executor = dataSourceExecutor(dataSource, (text) =>
      this.logger.warn(
        `A job outlived shutdown; its statement was dropped and the job will be retried: ${text.slice(0, 80)}`,
      ),
    );
    this.boss = new PgBoss({
      db: this.executor,
      schema: 'pgboss',
      migrate: true,
      supervise: true,
      // Cron schedules (`register(…, { cron })`): each instance checks them every 30 s and
      // pg-boss sends one job per schedule and minute, however many instances run.
      schedule: true,
      // Parked jobs stay in the job table (visible to admins) for 30 days.
      archiveFailedAfterSeconds: 30 * 24 * 3600,
    });
    this.boss.on('error', (error: Error) => this.logger.error(error.message, error.stack));
    const countsByState = () => this.countsByState();
    new Gauge({
      name: 'chorus_jobs',
      help: 'Background jobs by state (failed = parked after its retries)',
      labelNames: ['state'] as const,
      registers: [metrics.registry],
      async collect() {
        const counts: Record<string, number> = await countsByState().catch(() => ({}));
        for (const state of ['created', 'retry', 'active', 'failed'])
          this.set({ state }, counts[state] ?? 0);
      },
    });
  }

  async onModuleInit(): Promise<void> {
    await withStartupLock(this.dataSource, () => this.boss.start());
    this.started = true;
  }

  /** Creates the registered queues and starts their workers. */
  async onApplicationBootstrap(): Promise<void> {
    // createQueue writes pg-boss's partitioned tables: two instances doing it at once
    // deadlock, so queues are created under the same lock as the schema.
    await withStartupLock(this.dataSource, async () => {
      for (const registration of this.registrations.values()) await this.createQueue(registration);
      for (const { name, cron } of this.registrations.values()) {
        if (cron) await this.boss.schedule(name, cron, {}, { tz: 'UTC' });
      }
    });
    for (const registration of this.registrations.values()) await this.startWorker(registration);
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    // Waits for running jobs (up to the timeout; pg-boss then fails them for a retry), then
    // for the statements pg-boss left running, which the data source closing next would cut.
    await this.boss.stop({ graceful: true, wait: true, timeout: this.stopTimeoutMs });
    await this.executor.settle();
    // A job that outlived the wait finishes later; what pg-boss then writes is dropped.
    this.executor.close();
  }

  /**
   * Registers the handler of a queue; call it from a module's constructor or onModuleInit.
   * With `cron`, a job is also sent on that schedule (UTC), once across instances.
   */
  register(name: string, handler: Handler, options: QueueOptions & { cron?: string } = {}): void {
    if (this.registrations.has(name)) throw new Error(`Queue ${name} is registered twice`);
    const { cron, ...queue } = options;
    this.registrations.set(name, { name, handler, options: { ...DEFAULTS, ...queue }, cron });
  }

  /** The names of the registered queues. */
  queues(): string[] {
    return [...this.registrations.keys()];
  }

  /** Enqueues a job; answers its id. */
  async send(name: string, data: object, options: SendOptions = {}): Promise<string> {
    const registration = this.registrations.get(name);
    if (!registration) throw new Error(`Queue ${name} is not registered`);
    const id = await this.boss.send(name, data, {
      startAfter: options.startAfterSeconds,
      ...(options.manager ? { db: managerExecutor(options.manager) } : {}),
    } as PgBoss.SendOptions);
    if (!id) throw new Error(`Queue ${name} refused the job`);
    return id;
  }

  /** Number of jobs per state across all queues. */
  async countsByState(): Promise<Record<string, number>> {
    const rows = await this.dataSource.query<Array<{ state: string; size: string }>>(
      `SELECT state, count(*) AS size FROM pgboss.job GROUP BY state`,
    );
    return Object.fromEntries(rows.map((row) => [row.state, Number(row.size)]));
  }

  /**
   * Creates a queue, or brings an existing one to the registered options: pg-boss keeps a
   * queue's first options otherwise, so a changed setting (WEBHOOK_RETRY_DELAY_SECONDS, …)
   * would never reach a database the app had booted on before. Jobs already sent keep theirs.
   */
  private async createQueue({ name, options }: Registration): Promise<void> {
    const settings = {
      name,
      retryLimit: options.retryLimit,
      retryDelay: options.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds,
    };
    if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, settings);
    else await this.boss.createQueue(name, settings);
  }

  /**
   * pg-boss's worker waits a polling interval after every fetch, jobs found or not, so one job
   * per fetch would cap a queue at one job a second. Each fetch takes up to BATCH_SIZE jobs
   * and runs them one by one; a job that throws is failed (retried or parked) on its own, and
   * pg-boss completes the rest when the batch returns (completion touches active jobs only).
   * A full batch wakes the worker again at once: a backlog is worked through without pauses.
   */
  private async startWorker({ name, handler }: Registration): Promise<void> {
    const worker = { id: '' }; // known once work() answers; the first batch may come sooner
    worker.id = await this.boss.work<object>(
      name,
      { pollingIntervalSeconds: POLL_SECONDS, batchSize: BATCH_SIZE, includeMetadata: true },
      async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data, { id: job.id, attempt: job.retryCount + 1 });
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.logger.warn(
              `Job ${name} ${job.id} failed (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}): ${message}`,
            );
            await this.boss.fail(name, job.id, {
              message,
              ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
            });
          }
        }
        if (jobs.length === BATCH_SIZE && worker.id) this.boss.notifyWorker(worker.id);
      },
    );
  }
}
