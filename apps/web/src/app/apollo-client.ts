import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The GraphQL client: same-origin `/graphql` (proxied to the server by `pnpm dev`). */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache(),
  });
}
