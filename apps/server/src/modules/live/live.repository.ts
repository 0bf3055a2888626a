import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The few queries live streams need to stay authorised, each in bulk. */
@Injectable()
export class LiveRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Which of these sessions are still usable, in one statement: the rule of
   * SessionsService.isLive (not revoked, not expired, not idle longer than `idleMs`).
   */
  async liveSessions(sessionIds: readonly string[], idleMs: number): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM sessions
        WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL AND expires_at > now()
          AND last_seen_at + make_interval(secs => $2::float8 / 1000) > now()`,
      [[...new Set(sessionIds)], idleMs],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Sends a notice on a channel now (outside any transaction: the change is committed). */
  async notify(channel: string, payload: string): Promise<void> {
    await this.dataSource.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }
}
