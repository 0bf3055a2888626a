import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { JobQueue, type QueueOptions } from '../../platform/jobs/index.js';
import { EventEntity } from './event.entity.js';
import type { EventType, NewEvent, RecordedEvent } from './event-types.js';

/** A processor's job that used up its retries. */
export interface ParkedEventJob {
  jobId: string;
  processor: string;
  eventId: string;
  eventType: string;
  error: string;
  attempts: number;
  failedAt: Date;
}

/**
 * The PostgreSQL channel every recorded event is announced on (NOTIFY), for live
 * updates. The notice is sent in the change's transaction, so it is delivered only on
 * commit, to every server instance listening on the database. See docs/adr/0020.
 */
export const EVENTS_CHANNEL = 'chorus_events';

/** What the notice carries: identifiers only, never user text (a NOTIFY holds < 8000 bytes). */
export interface EventNotice {
  id: string;
  type: EventType;
  workspaceId: string;
  brandId: string | null;
  documentId: string | null;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  occurredAt: string;
}

type Handle = (event: RecordedEvent) => Promise<void>;

interface Processor {
  queue: string;
  types: ReadonlySet<EventType> | 'all';
}

/**
 * The durable event log. A service records an event with the EntityManager of
 * the transaction that makes the change; the event row and one job per
 * interested processor commit (or roll back) with the change. Processors
 * register by event type and receive each event through the job queue, so a
 * crash between the change and its reaction only delays the reaction.
 */
@Injectable()
export class EventLog {
  private readonly processors: Processor[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * Registers a processor (call it from a provider's constructor or onModuleInit).
   * It must be idempotent per event id: a job whose worker died is run again.
   */
  registerProcessor(
    name: string,
    types: readonly EventType[] | 'all',
    handle: Handle,
    options?: QueueOptions,
  ): void {
    const queue = `events.${name}`;
    this.processors.push({ queue, types: types === 'all' ? 'all' : new Set(types) });
    this.jobs.register(
      queue,
      async (data) => {
        const event = await this.find((data as { eventId: string }).eventId);
        if (event) await handle(event);
      },
      options,
    );
  }

  /** Records an event inside the caller's transaction; answers its id. */
  async record(manager: EntityManager, event: NewEvent): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`Event ${event.type} must be recorded inside the change's transaction`);
    }
    const result = await manager.insert(EventEntity, {
      workspaceId: event.workspaceId,
      brandId: event.brandId ?? null,
      documentId: event.documentId ?? null,
      actorId: event.actorId,
      type: event.type,
      subjectType: event.subject.type,
      subjectId: event.subject.id,
      data: (event.data ?? {}) as EventEntity['data'] & object,
    });
    const eventId = (result.identifiers[0] as { id: string }).id;
    await manager.query(NOTIFY_EVENT, [EVENTS_CHANNEL, eventId]);
    for (const processor of this.processors) {
      if (processor.types === 'all' || processor.types.has(event.type)) {
        await this.jobs.send(processor.queue, { eventId }, { manager });
      }
    }
    return eventId;
  }

  /**
   * Records an event in a transaction of its own, for a change that is not a row of
   * ours (a server-made Yjs edit): it follows the change instead of committing with it.
   */
  recordAlone(event: NewEvent): Promise<string> {
    return this.dataSource.transaction((manager) => this.record(manager, event));
  }

  /** Jobs about this workspace's events that used up their retries (parked), newest first. */
  async parkedJobs(workspaceId: string, limit = 50): Promise<ParkedEventJob[]> {
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        name: string;
        event_id: string;
        type: string;
        output: unknown;
        retry_count: number;
        completed_on: Date;
      }>
    >(
      `SELECT j.id, j.name, e.id AS event_id, e.type, j.output, j.retry_count, j.completed_on
         FROM pgboss.job j
         JOIN events e ON e.id::text = j.data->>'eventId'
        WHERE j.state = 'failed' AND j.name LIKE 'events.%' AND e.workspace_id = $1
        ORDER BY j.completed_on DESC
        LIMIT $2`,
      [workspaceId, limit],
    );
    return rows.map((row) => ({
      jobId: row.id,
      processor: row.name.slice('events.'.length),
      eventId: row.event_id,
      eventType: row.type,
      error: errorText(row.output),
      attempts: Number(row.retry_count) + 1,
      failedAt: row.completed_on,
    }));
  }

  private async find(id: string): Promise<RecordedEvent | null> {
    const row = await this.dataSource.manager.findOneBy(EventEntity, { id });
    if (!row) return null;
    return {
      id: row.id,
      type: row.type as EventType,
      workspaceId: row.workspaceId,
      brandId: row.brandId,
      documentId: row.documentId,
      actorId: row.actorId,
      subject: { type: row.subjectType as RecordedEvent['subject']['type'], id: row.subjectId },
      data: row.data,
      occurredAt: row.occurredAt,
    };
  }
}

/** The {@link EventNotice} of one event row, built by the database from the row itself. */
const NOTIFY_EVENT = `
  SELECT pg_notify($1, json_build_object(
           'id', id, 'type', type, 'workspaceId', workspace_id, 'brandId', brand_id,
           'documentId', document_id, 'subjectType', subject_type, 'subjectId', subject_id,
           'actorId', actor_id, 'occurredAt', occurred_at)::text)
    FROM events WHERE id = $2`;

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output) return String(output.message);
  return output === null || output === undefined ? '' : JSON.stringify(output);
}
