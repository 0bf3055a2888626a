import { Inject, Injectable } from '@nestjs/common';
import { MetricsService } from '../../platform/health/index.js';
import type { CollabConnection } from '../collab-connection.js';
import { COLLAB_FANOUT } from '../fanout.provider.js';
import type { Fanout } from '../fanout.js';
import { updateMessage } from '../messages.js';
import type { CollabHook } from './collab-hook.js';

/** Sends a durable change to the document's other connections and to the other instances. */
@Injectable()
export class RelayHook implements CollabHook {
  readonly name = 'relay';

  constructor(
    @Inject(COLLAB_FANOUT) private readonly fanout: Fanout,
    private readonly metrics: MetricsService,
  ) {}

  /** The message is encoded once and the same bytes go to every recipient. */
  afterApply(connection: CollabConnection, change: Uint8Array): void {
    const sent = connection.document.broadcast(updateMessage(change), connection);
    if (sent > 0) this.metrics.collabUpdatesOut.inc(sent);
    this.fanout.publish(connection.document.id, 'update', change);
  }
}
