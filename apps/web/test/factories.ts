import type { MockLink } from '@apollo/client/testing';
import { ServerHealthQuery } from '../src/features/health';
import type { ServerHealthQuery as ServerHealthResult } from '../src/gql/graphql';

type Health = Omit<ServerHealthResult['health'], '__typename'>;

/** A healthy server's answer, with any field overridden. */
export function buildHealth(overrides: Partial<Health> = {}): ServerHealthResult['health'] {
  return {
    __typename: 'Health',
    status: 'ok',
    database: true,
    version: '0.1.0',
    uptimeSeconds: 42,
    ...overrides,
  };
}

/** The GraphQL answer to the health query; answers `times` requests (once by default). */
export function healthAnswer(
  overrides: Partial<Health> = {},
  times = 1,
): MockLink.MockedResponse<ServerHealthResult> {
  return {
    request: { query: ServerHealthQuery },
    result: { data: { health: buildHealth(overrides) } },
    maxUsageCount: times,
  };
}

/** The health query failing as a network error would. */
export function healthFailure(message = 'connect ECONNREFUSED'): MockLink.MockedResponse {
  return { request: { query: ServerHealthQuery }, error: new Error(message) };
}
