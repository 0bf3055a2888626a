import { CLOSE_REASONS, type CloseCode } from '@chorus/collab-protocol';

/** Thrown by a hook to close one connection with a documented close code. */
export class CollabRefusal extends Error {
  constructor(
    readonly code: CloseCode,
    readonly reason: string = CLOSE_REASONS[code],
  ) {
    super(reason);
    this.name = 'CollabRefusal';
  }
}
