import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { EMPTY, Observable, type Subscription } from 'rxjs';
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
          // One list, whatever the page: "Load more" appends, the first page replaces.
          notifications: {
            keyArgs: false,
            merge: (
              existing: { entries: unknown[] } | undefined,
              incoming: { entries: unknown[] },
              { args },
            ) =>
              existing && args?.after
                ? { ...incoming, entries: [...existing.entries, ...incoming.entries] }
                : incoming,
          },
        },
      },
      Workspace: { fields: { members: { merge: false }, teams: { merge: false } } },
      Team: { fields: { members: { merge: false } } },
      Brand: { fields: { teams: { merge: false } } },
    },
  });
}

/** Fired when the subscription socket connects again: what was missed is refetched. */
export const SUBSCRIPTIONS_RECONNECTED = 'chorus:subscriptions-reconnected';

/**
 * Subscriptions go over graphql-ws; the socket code (graphql-ws and Apollo's link for it)
 * is imported on the first subscription, so it is not in the first download.
 */
export function lazySubscriptionLink(): ApolloLink {
  let loaded: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        loaded ??= import('./subscription-link').then((m) =>
          m.createSubscriptionLink(() =>
            window.dispatchEvent(new Event(SUBSCRIPTIONS_RECONNECTED)),
          ),
        );
        loaded.then(
          (link) => {
            if (closed) return;
            inner = link.request(operation, () => EMPTY).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return (
    definition.kind === Kind.OPERATION_DEFINITION &&
    definition.operation === OperationTypeNode.SUBSCRIPTION
  );
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
      options.link ??
        ApolloLink.split(
          isSubscription,
          lazySubscriptionLink(),
          new HttpLink({ uri: options.uri ?? '/graphql' }),
        ),
    ]),
    cache: createCache(),
  });
}
