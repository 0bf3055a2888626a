import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventLog, type RecordedEvent } from '../events/index.js';

/** Turns every event into an audit entry, once (the event id is unique in audit_entries). */
@Injectable()
export class AuditProcessor {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    events: EventLog,
  ) {
    events.registerProcessor('audit', 'all', (event) => this.write(event));
  }

  async write(event: RecordedEvent): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_entries
         (event_id, workspace_id, brand_id, document_id, actor_id, action, subject_type, subject_id, data, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (event_id) DO NOTHING`,
      [
        event.id,
        event.workspaceId,
        event.brandId,
        event.documentId,
        event.actorId,
        event.type,
        event.subject.type,
        event.subject.id,
        JSON.stringify(event.data),
        event.occurredAt,
      ],
    );
  }
}
