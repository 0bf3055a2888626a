import './app/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo-client';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import { initI18n } from './i18n';

async function start(): Promise<void> {
  // Translations first, so the first paint is in the reader's language and direction.
  await initI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <AppProviders client={createApolloClient()}>
        <RouterProvider router={createBrowserRouter(routes)} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
