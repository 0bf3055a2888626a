import { EventEmitter } from 'node:events';
import { PGlite, types, type Results } from '@electric-sql/pglite';

/**
 * A `pg`-shaped driver module over one embedded PGlite database, for TypeORM's
 * postgres driver (`driver:` option). PGlite is a single session, so the pool
 * hands it to one query runner at a time and queues the others until TypeORM
 * releases the runner — transactions cannot interleave. See
 * docs/adr/0001-embedded-database.md for why this is ours and not typeorm-pglite.
 *
 * Inside a transaction, always use the transaction's EntityManager: a second
 * runner would wait for the session the transaction holds.
 */

type Callback = (error: Error | undefined, client?: PgliteClient, release?: () => void) => void;

/** Parse results the way `pg` does, so the same entities behave the same on both. */
const pgCompatibleParsers = {
  [types.INT8]: (value: string) => value,
  [types.NUMERIC]: (value: string) => value,
  [types.BYTEA]: (value: string) => Buffer.from(value.slice(2), 'hex'),
};

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
}

class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(text: string, values?: unknown[]): Promise<PgLikeResult> {
    const result: Results = await this.db.query(text, values ?? []);
    return {
      rows: result.rows,
      rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
      command: result.command ?? '',
    };
  }

  /**
   * Runs text of several statements over the simple protocol (as `pg` does for a
   * query without values); answers the last statement's rows. The job queue's
   * schema installation needs it.
   */
  async exec(text: string): Promise<PgLikeResult> {
    const results = await this.db.exec(text);
    const last = results.at(-1);
    return {
      rows: last?.rows ?? [],
      rowCount: last?.affectedRows ?? last?.rows.length ?? 0,
      command: '',
    };
  }
}

/** A FIFO lock over the single PGlite session. */
class SessionLock {
  private held = false;
  private readonly waiting: Array<() => void> = [];

  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held = false;
  }
}

/** The driver module TypeORM receives, plus LISTEN for live updates. */
export interface PgliteDriver {
  Pool: new () => EventEmitter;
  /**
   * LISTENs on a channel of the one session: notices arrive after the transaction
   * that sent them commits (none on rollback). Answers how to stop listening.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface PglitePoolOptions {
  dataDir: string;
}

/**
 * Opens (or creates) the embedded database at `dataDir` (`memory://` for a
 * throw-away one) and returns a driver module TypeORM accepts as `driver`.
 */
export function createPgliteDriver(options: PglitePoolOptions): PgliteDriver {
  let db: PGlite | undefined;
  const lock = new SessionLock();
  const open = async (): Promise<PGlite> => {
    db ??= await PGlite.create(options.dataDir, { parsers: pgCompatibleParsers });
    return db;
  };

  class Pool extends EventEmitter {
    connect(callback: Callback): void {
      void lock.acquire().then(async () => {
        let released = false;
        const release = (): void => {
          if (released) return;
          released = true;
          lock.release();
        };
        try {
          callback(undefined, new PgliteClient(await open()), release);
        } catch (error) {
          release();
          callback(error instanceof Error ? error : new Error(String(error)));
        }
      });
    }

    end(callback?: (error?: Error) => void): void {
      void close().then(
        () => callback?.(),
        (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error))),
      );
    }
  }

  const close = async (): Promise<void> => {
    const current = db;
    db = undefined;
    if (current && !current.closed) await current.close();
  };

  /** LISTEN and UNLISTEN wait for the session like any runner, so no transaction takes them in. */
  const listen = async (
    channel: string,
    handler: (payload: string) => void,
  ): Promise<() => Promise<void>> => {
    await lock.acquire();
    let listening: PGlite;
    let unlisten: () => Promise<void>;
    try {
      listening = await open();
      unlisten = await listening.listen(channel, handler);
    } finally {
      lock.release();
    }
    return async () => {
      if (listening.closed || listening !== db) return;
      await lock.acquire();
      try {
        if (!listening.closed) await unlisten();
      } finally {
        lock.release();
      }
    };
  };

  return { Pool, listen, close };
}
