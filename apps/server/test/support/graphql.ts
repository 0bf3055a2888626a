import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown>; path?: string[] }>;
  headers: Record<string, string | string[] | undefined>;
}

/** A GraphQL client over HTTP that keeps its cookies, like the web app's browser does. */
export class GraphQLClient {
  private readonly jar = new Map<string, string>();
  /** When set, requests come "from" this address (X-Forwarded-For; the app trusts loopback). */
  address?: string;

  constructor(
    private readonly app: NestExpressApplication,
    cookie?: string,
  ) {
    this.cookie = cookie;
  }

  /** The Cookie header this client sends, or undefined when it holds none. */
  get cookie(): string | undefined {
    return this.jar.size
      ? [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ')
      : undefined;
  }

  set cookie(header: string | undefined) {
    this.jar.clear();
    for (const pair of header?.split(';') ?? []) {
      const at = pair.indexOf('=');
      if (at > 0) this.jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const call = request(this.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json');
    const cookie = this.cookie;
    if (cookie) call.set('cookie', cookie);
    if (this.address) call.set('x-forwarded-for', this.address);
    const response = await call.send({ query, variables });
    const setCookie = response.headers['set-cookie'] as unknown as string[] | undefined;
    for (const header of setCookie ?? []) {
      const pair = header.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const expired = /expires=Thu, 01 Jan 1970/i.test(header);
      if (expired) this.jar.delete(name);
      else this.jar.set(name, pair.slice(at + 1));
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
