import type {
  ApolloServerPlugin,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';
import type { Request } from 'express';

const PLAIN_JSON = 'application/json';
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * Errors that a well-formed request can still meet before execution: the
 * document does not parse or validate, the variables do not fit, or the named
 * operation is not in the document. (A body without a query, a GET mutation or
 * a CSRF refusal is not a well-formed request and keeps its 4xx.)
 */
const REQUEST_ERROR_CODES: ReadonlySet<unknown> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The part of the GraphQL context this plugin reads: the Express request. */
export interface HttpStatusContext {
  req?: Pick<Request, 'accepts'>;
}

/**
 * Follows the GraphQL-over-HTTP spec for the status of request errors.
 *
 * Apollo Server answers parse, validation and variable errors with 400
 * whatever the client accepts. The spec asks for that only with
 * `application/graphql-response+json` (where a response without `data` MUST
 * be 4xx); with `application/json` — also what a request without `Accept`
 * gets — the server SHOULD answer 200, because a legacy client cannot tell a
 * 4xx from a broken proxy. So: when the response would be `application/json`,
 * a request error answers 200 with `errors` and no `data`; everything else is
 * left as Apollo made it. The content type is set here too, from the same
 * choice, so status and type cannot disagree. The web app's Apollo Client
 * prefers `application/graphql-response+json` and keeps getting 400.
 */
export function graphqlHttpStatusPlugin(): ApolloServerPlugin<HttpStatusContext> {
  const listener: GraphQLRequestListener<HttpStatusContext> = {
    willSendResponse: (requestContext) => {
      answerPlainJsonRequestErrorsWith200(requestContext);
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

function answerPlainJsonRequestErrorsWith200({
  response,
  errors,
  contextValue,
}: GraphQLRequestContextWillSendResponse<HttpStatusContext>): void {
  const { body, http } = response;
  if (body.kind !== 'single' || 'data' in body.singleResult) return;
  if (http.status !== 400 || !errors?.length) return;
  if (!errors.every((error) => REQUEST_ERROR_CODES.has(error.extensions?.code))) return;
  if (contextValue.req?.accepts([PLAIN_JSON, GRAPHQL_RESPONSE_JSON]) !== PLAIN_JSON) return;
  http.status = 200;
  http.headers.set('content-type', `${PLAIN_JSON}; charset=utf-8`);
}
