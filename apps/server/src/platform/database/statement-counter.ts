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
 */
export function countStatements(dataSource: DataSource): StatementCounter {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, queryRunner) => {
    statements.push(query);
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
    },
  };
}
