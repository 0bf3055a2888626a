import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  isObjectType,
  OperationTypeNode,
  printSchema,
  Source,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<object>['gateway'];
type GatewayLoad = Awaited<ReturnType<GatewayInterface['load']>>;
type GatewayExecutor = GatewayLoad['executor'];

/** Distinct operations kept compiled (the web app sends a few hundred at most). */
export const COMPILED_OPERATIONS_KEPT = 1_000;

/**
 * Runs queries and mutations as JavaScript compiled once per operation (graphql-jit)
 * instead of walking the query for every field of every answer: a month of 1,000 posts
 * is ~20,000 field resolutions, and graphql-js allocates a resolve-info and an arguments
 * object for each (ADR 0029). Apollo parses, validates and runs its plugins as before; only
 * execution changes. Subscriptions are served by the graphql-ws endpoint, not here, so an
 * operation this does not compile (none expected) falls back to graphql-js.
 */
export class CompiledOperations {
  /** Kept in use order (a Map iterates in insertion order; a hit moves to the end). */
  private readonly compiled = new Map<string, CompiledQuery>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly capacity = COMPILED_OPERATIONS_KEPT,
  ) {
    dropPropertyResolvers(schema);
  }

  get size(): number {
    return this.compiled.size;
  }

  /** The compiled form of one operation of a validated document, compiled on first use. */
  get(key: string, document: DocumentNode, operationName?: string): CompiledQuery | null {
    const hit = this.compiled.get(key);
    if (hit) {
      this.compiled.delete(key);
      this.compiled.set(key, hit);
      return hit;
    }
    const result = compileQuery(this.schema, document, operationName, {
      disablingCapturingStackErrors: true,
    });
    if (!isCompiledQuery(result)) return null;
    this.compiled.set(key, result);
    if (this.compiled.size > this.capacity) {
      const oldest = this.compiled.keys().next().value;
      if (oldest !== undefined) this.compiled.delete(oldest);
    }
    return result;
  }

  /** Apollo's executor: the request's document is already parsed and validated. */
  readonly executor: GatewayExecutor = async (requestContext) => {
    const { document, operationName, operation, queryHash, context, request } = requestContext;
    const variables = request.variables ?? {};
    if (operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      // Coerced by graphql-js first so that a bad variable is the error Apollo knows
      // (BAD_USER_INPUT, with the variable's node), as with the interpreter.
      const coerced = getVariableValues(
        this.schema,
        operation.variableDefinitions ?? [],
        variables,
        {
          maxErrors: 50,
        },
      );
      if (coerced.errors) return { errors: coerced.errors };
      const key = `${queryHash}:${operationName ?? ''}`;
      const query = this.get(key, document, operationName ?? undefined);
      if (query) {
        const result = await query.query(undefined, context, variables);
        return withStandardErrors(result, requestContext.source);
      }
    }
    return execute({
      schema: this.schema,
      document,
      operationName,
      contextValue: context,
      variableValues: variables,
    });
  };

  /** A gateway in Apollo's sense: a fixed schema with this executor. */
  gateway(): GatewayInterface {
    const schema = this.schema;
    const executor = this.executor;
    return {
      load: () => Promise.resolve({ executor }),
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => undefined;
      },
      async stop() {},
    };
  }
}

/**
 * graphql-jit reports errors with its own light GraphQLError (no `nodes`, no `extensions`
 * unless the cause had some); Apollo and the error formatter expect graphql-js's. Each is
 * rebuilt as one with the same message, place, path and cause.
 */
function withStandardErrors(result: ExecutionResult, query: string | undefined): ExecutionResult {
  if (!result.errors?.length) return result;
  const source = query === undefined ? undefined : new Source(query);
  const lineStarts = source
    ? [0, ...[...source.body.matchAll(/\r\n|\n|\r/g)].map((m) => m.index + m[0].length)]
    : [];
  const errors = result.errors.map((error) => {
    const positions = source
      ? (error.locations ?? []).map(({ line, column }) => (lineStarts[line - 1] ?? 0) + column - 1)
      : undefined;
    const cause = error.originalError ?? undefined;
    return new GraphQLError(error.message, {
      source,
      positions: positions?.length ? positions : undefined,
      path: error.path,
      originalError: cause,
      extensions:
        error.extensions ??
        (cause as { extensions?: Record<string, unknown> } | undefined)?.extensions,
    });
  });
  return { ...result, errors };
}

/**
 * Nest gives every field of an object type a resolver that reads `parent[field]` (its
 * `rootFieldResolver`). A compiled query calls a resolver through a closure, a resolve info
 * and error bookkeeping, but reads a field without one inline — so the resolvers that only
 * read the property are taken off (in place: graphql-js, which still serves subscriptions,
 * reads the property by default). One that returns something for a parent without the
 * property (a declared default value) is kept. Answers the number of resolvers dropped.
 */
export function dropPropertyResolvers(schema: GraphQLSchema): number {
  let dropped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (resolve?.name !== 'rootFieldResolver') continue;
      if (resolve({}, {}, undefined, undefined as never) !== undefined) continue;
      field.resolve = undefined;
      dropped += 1;
    }
  }
  return dropped;
}
