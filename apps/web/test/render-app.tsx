import { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockLink as MockLinkImpl } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from '../src/app/apollo-client';
import { AppProviders } from '../src/app/AppProviders';
import { routes } from '../src/app/routes';
import { MeQuery } from '../src/features/auth/graphql/me.query';
import { initI18n, type LanguageCode } from '../src/i18n';
import { healthAnswer, meAnswer, notificationAnswers, type TestUser } from './factories';
import { isSubscription, TestSubscriptions } from './live-subscriptions';

export interface RenderAppOptions {
  /**
   * GraphQL answers the app receives, in order (see Apollo's MockLink). By default every
   * health query is answered with a healthy server.
   */
  mocks?: MockLink.MockedResponse[];
  /**
   * Who is signed in: a user, or null for nobody (the default). Every `me` query is answered
   * with it unless `mocks` answer `me` themselves.
   */
  signedInAs?: TestUser | null;
  /** The interface language to start in; English unless given. */
  language?: LanguageCode;
}

/**
 * Renders the whole app — real providers, routes, translations and the real Apollo set-up
 * (cache, session handling) — at `path`, with GraphQL answered from `mocks` instead of a
 * server.
 */
export async function renderApp(path: string, options: RenderAppOptions = {}) {
  await initI18n({ language: options.language ?? 'en' });
  const mocks = options.mocks ?? [healthAnswer({}, Number.POSITIVE_INFINITY)];
  const answersMe = mocks.some((mock) => mock.request.query === MeQuery);
  const answers = answersMe
    ? mocks
    : [...mocks, meAnswer(options.signedInAs ?? null, Number.POSITIVE_INFINITY)];
  // Subscriptions stay open and quiet until a test emits; the header's bell is answered
  // (nothing unread) unless the test's own mocks say otherwise — theirs come first.
  const live = new TestSubscriptions();
  const client = createApolloClient({
    link: ApolloLink.split(
      (operation) => isSubscription(operation.query),
      live.link,
      new MockLinkImpl([...answers, ...notificationAnswers()]),
    ),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProviders client={client} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...result, router, client, live };
}
