// Loaded on the first subscription only (see lazySubscriptionLink): graphql-ws and Apollo's
// link for it stay out of the first download.
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

/** Close codes after which reconnecting cannot help (signed out, another origin, too many). */
const FINAL = new Set([4401, 4403, 4429]);

/**
 * The graphql-ws link to the same origin's `/graphql` socket (the session cookie goes with
 * it). It reconnects with growing pauses unless the server refused the socket for good;
 * `onReconnected` lets subscribers refetch what they may have missed.
 */
export function createSubscriptionLink(onReconnected: () => void): GraphQLWsLink {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  let connectedBefore = false;
  return new GraphQLWsLink(
    createClient({
      url: url.href,
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) =>
        !(
          typeof event === 'object' &&
          event !== null &&
          'code' in event &&
          FINAL.has(Number(event.code))
        ),
      on: {
        connected: () => {
          if (connectedBefore) onReconnected();
          connectedBefore = true;
        },
      },
    }),
  );
}
