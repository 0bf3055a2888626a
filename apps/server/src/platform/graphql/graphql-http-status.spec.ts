import { HeaderMap, type GraphQLRequestContextWillSendResponse } from '@apollo/server';
import express from 'express';
import { GraphQLError } from 'graphql';
import { graphqlHttpStatusPlugin, type HttpStatusContext } from './graphql-http-status.js';

const GRAPHQL_RESPONSE_FIRST = 'application/graphql-response+json, application/json;q=0.9';

/** A real Express request (its `accepts` is what the plugin negotiates with). */
function expressRequest(accept: string | undefined) {
  const req = Object.create(express.request) as express.Request;
  Object.defineProperty(req, 'headers', { value: accept === undefined ? {} : { accept } });
  return req;
}

interface Outcome {
  status: number | undefined;
  contentType: string | undefined;
}

async function respond(options: {
  accept: string | undefined;
  code: string;
  status?: number;
  data?: null;
}): Promise<Outcome> {
  const http = { status: options.status ?? 400, headers: new HeaderMap() };
  const error = new GraphQLError('refused', { extensions: { code: options.code } });
  const singleResult = {
    errors: [{ message: 'refused', extensions: { code: options.code } }],
    ...('data' in options ? { data: options.data } : {}),
  };
  const requestContext = {
    response: { http, body: { kind: 'single', singleResult } },
    errors: [error],
    contextValue: { req: expressRequest(options.accept) },
  } as unknown as GraphQLRequestContextWillSendResponse<HttpStatusContext>;
  const plugin = graphqlHttpStatusPlugin();
  const listener = await plugin.requestDidStart?.(requestContext);
  await listener?.willSendResponse?.(requestContext);
  return { status: http.status, contentType: http.headers.get('content-type') };
}

const PLAIN = { status: 200, contentType: 'application/json; charset=utf-8' };
const UNCHANGED = { status: 400, contentType: undefined };

describe('graphqlHttpStatusPlugin', () => {
  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT'])(
    'answers %s with 200 and application/json when the client accepts application/json',
    async (code) => {
      expect(await respond({ accept: 'application/json', code })).toEqual(PLAIN);
    },
  );

  it('treats a request without Accept, or accepting anything, as application/json', async () => {
    expect(await respond({ accept: undefined, code: 'GRAPHQL_PARSE_FAILED' })).toEqual(PLAIN);
    expect(await respond({ accept: '*/*', code: 'GRAPHQL_PARSE_FAILED' })).toEqual(PLAIN);
  });

  it('keeps 400 when the client prefers application/graphql-response+json', async () => {
    const accepts = ['application/graphql-response+json', GRAPHQL_RESPONSE_FIRST];
    for (const accept of accepts) {
      expect(await respond({ accept, code: 'GRAPHQL_VALIDATION_FAILED' })).toEqual(UNCHANGED);
    }
  });

  it('leaves requests that are not well-formed with their 4xx', async () => {
    expect(await respond({ accept: 'application/json', code: 'BAD_REQUEST' })).toEqual(UNCHANGED);
  });

  it('leaves responses that carry data, and other statuses, alone', async () => {
    const withData = await respond({
      accept: 'application/json',
      code: 'BAD_USER_INPUT',
      data: null,
    });
    expect(withData).toEqual(UNCHANGED);
    const notFound = { accept: 'application/json', code: 'GRAPHQL_VALIDATION_FAILED', status: 405 };
    expect(await respond(notFound)).toEqual({ status: 405, contentType: undefined });
  });

  it('leaves a client that accepts neither type to Apollo (406)', async () => {
    expect(await respond({ accept: 'text/html', code: 'GRAPHQL_PARSE_FAILED' })).toEqual(UNCHANGED);
  });
});
