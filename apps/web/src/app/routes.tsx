import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { HomePage } from '../features/home';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

// The home page ships in the first download; every other page is its own chunk.
const SignInPage = lazy(() => import('../features/auth').then((m) => ({ default: m.SignInPage })));
const BrandLayout = lazy(() =>
  import('../features/brands').then((m) => ({ default: m.BrandLayout })),
);
const BrandSettingsPage = lazy(() =>
  import('../features/brands').then((m) => ({ default: m.BrandSettingsPage })),
);
const StrategyPage = lazy(() =>
  import('../features/strategy').then((m) => ({ default: m.StrategyPage })),
);
const MediaPlansPage = lazy(() =>
  import('../features/media-plans').then((m) => ({ default: m.MediaPlansPage })),
);
const CalendarPage = lazy(() =>
  import('../features/calendar').then((m) => ({ default: m.CalendarPage })),
);

/** The route tree. `main.tsx` serves it from the browser's address; tests from memory. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      {
        path: 'w/:workspaceId/b/:brandId',
        element: <BrandLayout />,
        children: [
          { index: true, element: <Navigate to="strategy" replace /> },
          { path: 'strategy', element: <StrategyPage /> },
          { path: 'media-plans', element: <MediaPlansPage /> },
          { path: 'calendar', element: <CalendarPage /> },
          { path: 'settings', element: <BrandSettingsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
