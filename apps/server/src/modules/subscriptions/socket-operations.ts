import {
  GraphQLError,
  OperationTypeNode,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { AppConfig } from '../../platform/config/index.js';
import { graphqlLimitRules } from '../../platform/graphql/index.js';

/** Subscriptions one socket may hold at once (the web app needs two). */
export const MAX_OPERATIONS_PER_SOCKET = 10;

export type Checked = { ok: true; document: DocumentNode } | { ok: false; errors: GraphQLError[] };

/**
 * What a socket may run: subscription operations only (queries and mutations go over
 * HTTP, through its guards and limits), within the same token, depth, alias and cost
 * limits as HTTP, and no more than MAX_OPERATIONS_PER_SOCKET at once.
 */
export function checkOperation(
  schema: GraphQLSchema,
  config: AppConfig['graphql'],
  query: string,
  operationName: string | null | undefined,
  running: number,
): Checked {
  if (running >= MAX_OPERATIONS_PER_SOCKET) {
    return refuse(`A socket may hold ${MAX_OPERATIONS_PER_SOCKET} subscriptions at once.`);
  }
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: config.maxTokens });
  } catch (error) {
    return refuse(
      error instanceof GraphQLError && /token limit/i.test(error.message)
        ? 'The query is too long.'
        : 'The query could not be read.',
    );
  }
  const errors = validate(schema, document, [...specifiedRules, ...graphqlLimitRules(config)]);
  if (errors.length > 0) return { ok: false, errors: [...errors] };
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
    return refuse('Only subscriptions run over the socket; send queries and mutations over HTTP.');
  }
  return { ok: true, document };
}

function refuse(message: string): Checked {
  return {
    ok: false,
    errors: [new GraphQLError(message, { extensions: { code: 'BAD_REQUEST' } })],
  };
}
