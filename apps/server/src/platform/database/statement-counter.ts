import { AsyncLocalStorage } from 'node:async_hooks';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';

export interface StatementCounter {
  /** Statements sent since the counter started (or was reset). */
  readonly count: number;
  /** Their SQL text, in order. */
  readonly statements: readonly string[];
  reset(): void;
  /** Stops counting and puts the logger back. */
  stop(): void;
}

/**
 * Counts the SQL statements a data source sends, by wrapping its logger's `logQuery`
 * (TypeORM calls it for every statement, whatever the logging option). For benchmarks and
 * tests that prove a query count is bounded.
 *
 * Given the app's HTTP server, it counts only statements sent while answering an HTTP
 * request: each request is handled inside an async context, and a statement is counted
 * when TypeORM logs it from within one. Work on the same pool that no request started —
 * the job queue's workers, notifications, audit entries — is left out, whenever it runs.
 */
export function countStatements(dataSource: DataSource, server?: Server): StatementCounter {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  const requests = server ? withinRequests(server) : null;
  logger.logQuery = (query, parameters, queryRunner) => {
    if (!requests || requests.inside()) statements.push(query);
    original(query, parameters, queryRunner);
  };
  return {
    get count() {
      return statements.length;
    },
    statements,
    reset: () => {
      statements.length = 0;
    },
    stop: () => {
      logger.logQuery = original;
      requests?.stop();
    },
  };
}

/** Runs the server's request listeners inside an async context, until stopped. */
function withinRequests(server: Server): { inside: () => boolean; stop: () => void } {
  const context = new AsyncLocalStorage<true>();
  const listeners = server.listeners('request') as Array<(...args: unknown[]) => void>;
  const wrapped = (...args: unknown[]) =>
    context.run(true, () => {
      for (const listener of listeners) listener.apply(server, args);
    });
  server.removeAllListeners('request');
  server.on('request', wrapped);
  return {
    inside: () => context.getStore() === true,
    stop: () => {
      server.removeListener('request', wrapped);
      for (const listener of listeners) server.on('request', listener);
    },
  };
}
