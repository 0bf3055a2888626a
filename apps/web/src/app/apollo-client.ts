import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { isUnauthenticated } from '../errors';
import { MeQuery } from '../features/auth/graphql/me.query';

/**
 * When the server says nobody is signed in (the session expired, was revoked elsewhere or
 * the password changed), the cached `me` becomes null: the header shows "Sign in" and every
 * page behind the session guard sends the person to sign in, then back. (A failed sign-in
 * answers INVALID_CREDENTIALS, which says nothing about the session.)
 */
export const sessionExpiryLink = new ErrorLink(({ error, operation }) => {
  if (!isUnauthenticated(error)) return;
  operation.client.cache.writeQuery({ query: MeQuery, data: { me: null } });
});

/**
 * The cache. Lists of objects without an id (members, team members) are replaced, not
 * merged; `workspace(id)` and `brand(id)` read what other queries already cached.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          workspace: {
            read: (existing: unknown, { args, toReference }) =>
              existing ?? toReference({ __typename: 'Workspace', id: String(args?.id) }),
          },
          brand: {
            read: (existing: unknown, { args, toReference }) =>
              existing ?? toReference({ __typename: 'Brand', id: String(args?.id) }),
          },
        },
      },
      Workspace: { fields: { members: { merge: false }, teams: { merge: false } } },
      Team: { fields: { members: { merge: false } } },
      Brand: { fields: { teams: { merge: false } } },
    },
  });
}

/**
 * The GraphQL client: same-origin `/graphql` (proxied to the server by `pnpm dev`). Tests
 * pass a mocked `link` and keep the session handling and the cache set-up.
 */
export function createApolloClient(
  options: { uri?: string; link?: ApolloLink } = {},
): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionExpiryLink,
      options.link ?? new HttpLink({ uri: options.uri ?? '/graphql' }),
    ]),
    cache: createCache(),
  });
}
