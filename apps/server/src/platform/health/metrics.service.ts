import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The process's Prometheus registry and the metrics the platform records. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'chorus_http_request_duration_seconds',
    help: 'HTTP request duration by method, route kind and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'chorus_graphql_operations_total',
    help: 'GraphQL operations by type and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly collabSockets = new Gauge({
    name: 'chorus_collab_sockets',
    help: 'Open collaboration sockets',
    registers: [this.registry],
  });

  readonly collabDocuments = new Gauge({
    name: 'chorus_collab_documents_loaded',
    help: 'Documents held in memory',
    registers: [this.registry],
  });

  readonly collabUpdatesIn = new Counter({
    name: 'chorus_collab_updates_in_total',
    help: 'Content updates accepted from clients',
    registers: [this.registry],
  });

  readonly collabUpdatesOut = new Counter({
    name: 'chorus_collab_updates_out_total',
    help: 'Content updates sent to clients',
    registers: [this.registry],
  });

  readonly collabPersistSeconds = new Histogram({
    name: 'chorus_collab_persist_seconds',
    help: 'Time to make a group of updates durable in PostgreSQL',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  readonly collabPersistedUpdates = new Counter({
    name: 'chorus_collab_persisted_updates_total',
    help: 'Update rows written to PostgreSQL',
    registers: [this.registry],
  });

  readonly collabRejectedFrames = new Counter({
    name: 'chorus_collab_rejected_frames_total',
    help: 'Frames refused, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  constructor() {
    this.registry.setDefaultLabels({ service: 'chorus-server' });
    collectDefaultMetrics({ register: this.registry, prefix: 'chorus_' });
  }
}
