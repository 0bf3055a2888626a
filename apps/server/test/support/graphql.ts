import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
  headers: Record<string, string | string[] | undefined>;
}

/** A GraphQL client over HTTP that sends a session cookie, like the web app does. */
export class GraphQLClient {
  constructor(
    private readonly app: NestExpressApplication,
    public cookie?: string,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const call = request(this.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    if (this.cookie) call.set('cookie', this.cookie);
    const response = await call.send({ query, variables });
    const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
    for (const header of setCookie ?? []) {
      const pair = header.split(';')[0] ?? '';
      const expired = /expires=Thu, 01 Jan 1970/i.test(header);
      this.cookie = expired ? undefined : pair;
    }
    const body = response.body as { data?: T | null; errors?: GraphQLResult['errors'] };
    return {
      status: response.status,
      data: body.data,
      errors: body.errors,
      headers: response.headers,
    };
  }

  /** Runs the operation and fails the test with the errors when there are any. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }
}

/** The first error's extensions.code, or undefined. */
export function errorCode(result: GraphQLResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}
