import { Injectable } from '@nestjs/common';
import { MetricsService } from '../../platform/health/index.js';
import type { CollabHook } from './collab-hook.js';

/** Counts sockets and accepted updates for /metrics (refusals are counted by the gateway). */
@Injectable()
export class MetricsHook implements CollabHook {
  readonly name = 'metrics';

  constructor(private readonly metrics: MetricsService) {}

  onJoin(): void {
    this.metrics.collabSockets.inc();
  }

  afterApply(): void {
    this.metrics.collabUpdatesIn.inc();
  }

  onLeave(): void {
    this.metrics.collabSockets.dec();
  }
}
