import { AppError, ErrorCode } from '../errors/index.js';

/**
 * Runs at most `concurrent` jobs at once; up to `queued` more wait their turn in order,
 * and any beyond that are refused with RATE_LIMITED rather than piling up memory.
 */
export class WorkQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly concurrent: number,
    private readonly queued: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get pending(): number {
    return this.waiting.length;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrent) {
      if (this.waiting.length >= this.queued) {
        throw new AppError(
          ErrorCode.RATE_LIMITED,
          'The server is busy with other copies and exports; try again in a moment.',
          { details: { retryAfterSeconds: 5 } },
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
