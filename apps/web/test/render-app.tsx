import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from '../src/app/AppProviders';
import { routes } from '../src/app/routes';
import { initI18n, type LanguageCode } from '../src/i18n';
import { healthAnswer } from './factories';

export interface RenderAppOptions {
  /**
   * GraphQL answers the app receives, in order (see Apollo's MockLink). By default every
   * health query is answered with a healthy server.
   */
  mocks?: MockLink.MockedResponse[];
  /** The interface language to start in; English unless given. */
  language?: LanguageCode;
}

/**
 * Renders the whole app — real providers, routes and translations — at `path`, with GraphQL
 * answered from `mocks` instead of a server.
 */
export async function renderApp(path: string, options: RenderAppOptions = {}) {
  await initI18n({ language: options.language ?? 'en' });
  const client = new ApolloClient({
    link: new MockLink(options.mocks ?? [healthAnswer({}, Number.POSITIVE_INFINITY)]),
    cache: new InMemoryCache(),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, client };
}
