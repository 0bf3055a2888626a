import './app/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/AppProviders';
import { preloadOnIntent, preloadPath } from './app/route-preload';
import { routes } from './app/routes';
import { initI18n } from './i18n';

async function start(): Promise<void> {
  // The pages of the address start downloading at once, all of them (layouts and the page),
  // while the translations load.
  preloadPath(routes, window.location.pathname);
  // Translations first, so the first paint is in the reader's language and direction.
  await initI18n();
  const router = createBrowserRouter(routes);
  // A navigation starts every page it needs at once; a link hovered or focused, before it.
  router.subscribe((state) => preloadPath(routes, state.location.pathname));
  preloadOnIntent(routes);
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={createApolloClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
