import { AppError } from '../errors/index.js';

/**
 * Caps heavy in-process work (building or reading spreadsheets) at `max` at once per
 * instance; one more is refused with RATE_LIMITED instead of queueing up memory.
 */
export class WorkLimiter {
  private running = 0;

  constructor(private readonly max: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.max) {
      throw new AppError(
        'RATE_LIMITED',
        'The server is busy with other files; try again in a moment.',
      );
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
    }
  }
}
