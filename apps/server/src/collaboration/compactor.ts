import {
  Inject,
  Injectable,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../platform/logging/index.js';
import { DocumentStore } from './document-store.js';

/**
 * Folds long tails of update rows into snapshots in the background, so opening any
 * document reads one snapshot plus a bounded number of rows (at most about `threshold`
 * plus what arrives between two passes). Documents are also compacted when unloaded.
 */
@Injectable()
export class Compactor implements OnApplicationBootstrap, OnApplicationShutdown {
  threshold = 200;
  intervalMs = 15_000;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly store: DocumentStore,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.pass().finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass: compacts every document over the threshold. Returns the rows folded. */
  async pass(): Promise<void> {
    try {
      for (const documentId of await this.store.documentsToCompact(this.threshold)) {
        const folded = await this.store.compact(documentId);
        if (folded > 0) this.logger.debug({ documentId, folded }, 'Compacted document');
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'Compaction pass failed');
    }
  }
}
