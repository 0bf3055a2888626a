import { CloseCode } from '@chorus/collab-protocol';
import { Inject, Injectable } from '@nestjs/common';
import * as decoding from 'lib0/decoding';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { MetricsService } from '../platform/health/index.js';
import { ROOT_LOGGER } from '../platform/logging/index.js';
import type { CollabConnection } from './collab-connection.js';
import { CollabRefusal } from './collab-refusal.js';
import { COLLAB_HOOKS, type CollabHook } from './hooks/index.js';
import { LiveDocuments } from './live-documents.js';
import { awarenessMessage, MessageType } from './messages.js';
import { isV1Update } from './update-encoding.js';

/**
 * Reads one y-websocket frame of a joined connection and does what it asks: sync steps and
 * content updates through the hooks' beforeApply/afterApply, presence through onAwareness.
 * Frames reach it only after the limits hook screened them on arrival (collab-gateway.ts).
 * Throws a CollabRefusal to have the gateway close that connection.
 */
@Injectable()
export class MessageDispatch {
  constructor(
    @Inject(COLLAB_HOOKS) private readonly hooks: CollabHook[],
    private readonly documents: LiveDocuments,
    private readonly metrics: MetricsService,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  /** Handles a frame the gateway has already screened (size, rate, presence bytes). */
  async dispatch(
    connection: CollabConnection,
    frame: Uint8Array,
    isBinary: boolean,
  ): Promise<void> {
    if (!isBinary) throw new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
    await this.handle(connection, frame);
  }

  private async handle(connection: CollabConnection, frame: Uint8Array): Promise<void> {
    const document = connection.document;
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const kind = decoding.readVarUint(decoder);
        if (kind === syncProtocol.messageYjsSyncStep1) {
          const stateVector = decoding.readVarUint8Array(decoder);
          // Only durable state is sent; a failed persist evicts the document (and this socket).
          const reply = await document.whenDurable(() => document.syncStep2(stateVector), Infinity);
          if (reply) connection.send(reply);
        } else if (
          kind === syncProtocol.messageYjsSyncStep2 ||
          kind === syncProtocol.messageYjsUpdate
        ) {
          await this.acceptUpdate(connection, decoding.readVarUint8Array(decoder));
        } else {
          throw new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
        }
        return;
      }
      case MessageType.awareness: {
        let update: Uint8Array | null = decoding.readVarUint8Array(decoder);
        for (const hook of this.hooks) {
          if (update && hook.onAwareness) update = hook.onAwareness(connection, update);
        }
        if (update) awarenessProtocol.applyAwarenessUpdate(document.awareness, update, connection);
        return;
      }
      case MessageType.queryAwareness: {
        connection.send(document.presence() ?? awarenessMessage(document.awareness, []));
        return;
      }
      case MessageType.auth:
        return;
      default:
        throw new CollabRefusal(CloseCode.MALFORMED_MESSAGE);
    }
  }

  private async acceptUpdate(connection: CollabConnection, update: Uint8Array): Promise<void> {
    for (const hook of this.hooks) {
      if (hook.beforeApply && !hook.beforeApply(connection, update)) {
        this.metrics.collabRejectedFrames.inc({ reason: 'read_only' });
        return;
      }
    }
    if (!isV1Update(update)) throw new CollabRefusal(CloseCode.UNSUPPORTED_ENCODING);
    let change: Uint8Array | null;
    try {
      change = connection.document.apply(update, connection);
    } catch {
      throw new CollabRefusal(CloseCode.UNSUPPORTED_ENCODING);
    }
    if (!change) return;
    try {
      for (const hook of this.hooks) {
        const pending = hook.afterApply?.(connection, change);
        if (pending) await pending;
      }
    } catch (error) {
      // The change is in memory but not durable: drop the document so every client
      // reloads from the database and resends what it has.
      this.logger.error(
        { err: error, documentId: connection.document.id },
        'Persisting an update failed',
      );
      await this.documents.evict(
        connection.document.id,
        CloseCode.SERVICE_RESTART,
        'storage failure',
      );
    }
  }
}
