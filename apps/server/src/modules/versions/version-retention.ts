import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { JobQueue } from '../../platform/jobs/index.js';
import { ROOT_LOGGER } from '../../platform/logging/index.js';

export const VERSION_RETENTION_QUEUE = 'version-retention';
/** Versions deleted per statement: a large backlog is thinned in bounded steps. */
const BATCH = 2000;

/**
 * Thins automatic versions on a schedule (`VERSION_RETENTION_CRON`, once across instances):
 * every automatic version younger than `VERSION_KEEP_ALL_HOURS` is kept; older ones keep the
 * latest of each hour up to `VERSION_KEEP_HOURLY_DAYS`, then the latest of each day (UTC).
 * Named, restore and approval versions are never touched, nor an automatic one that carries
 * an approval or that an approval request or a tone check points to. Numbers are never
 * reused, so the history shows gaps where versions were thinned.
 */
@Injectable()
export class VersionRetention {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    jobs: JobQueue,
  ) {
    const { cron } = config.versionRetention;
    if (cron)
      jobs.register(VERSION_RETENTION_QUEUE, async () => void (await this.thin()), { cron });
  }

  /** Deletes the automatic versions the policy no longer keeps; answers how many. */
  async thin(now: Date = new Date()): Promise<number> {
    const { keepAllHours, keepHourlyDays } = this.config.versionRetention;
    let deleted = 0;
    for (;;) {
      const rows = await this.dataSource.query<Array<{ id: string }>>(
        `WITH candidates AS (
           SELECT v.id, v.document_id, v.created_at,
                  CASE WHEN v.created_at >= $1::timestamptz - make_interval(days => $3)
                       THEN date_trunc('hour', v.created_at, 'UTC')
                       ELSE date_trunc('day', v.created_at, 'UTC') END AS bucket
             FROM document_versions v
            WHERE v.kind = 'auto' AND v.approval IS NULL
              AND v.created_at < $1::timestamptz - make_interval(hours => $2)
              AND NOT EXISTS (SELECT 1 FROM approval_requests a WHERE a.version_id = v.id)
              AND NOT EXISTS (SELECT 1 FROM tone_checks t WHERE t.version_id = v.id)
         ), kept AS (
           SELECT DISTINCT ON (document_id, bucket) id FROM candidates
            ORDER BY document_id, bucket, created_at DESC, id DESC
         ), doomed AS (
           SELECT c.id FROM candidates c WHERE NOT EXISTS (SELECT 1 FROM kept k WHERE k.id = c.id)
            LIMIT $4
         )
         DELETE FROM document_versions v USING doomed d WHERE v.id = d.id RETURNING v.id`,
        [now.toISOString(), keepAllHours, keepHourlyDays, BATCH],
      );
      deleted += rows.length;
      if (rows.length < BATCH) break;
    }
    if (deleted > 0) this.logger.info({ deleted }, 'Automatic versions thinned');
    return deleted;
  }
}
