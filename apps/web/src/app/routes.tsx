import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
// The session guard is tiny and every signed-in page needs it: it ships up front.
import { RequireSession } from '../features/auth/components/RequireSession';
import { HomePage } from '../features/home';
import { documentKinds } from './document-kinds';
import './brand-settings-sections';
import './document-page-extensions';
import { AppLayout } from './layout/AppLayout';
import { GuestLayout } from './layout/GuestLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

// The home page ships in the first download; every other page is its own chunk.
const SignInPage = lazy(() => import('../features/auth').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('../features/auth').then((m) => ({ default: m.SignUpPage })));
const AccountPage = lazy(() =>
  import('../features/auth').then((m) => ({ default: m.AccountPage })),
);
const ProfilePage = lazy(() =>
  import('../features/profile').then((m) => ({ default: m.ProfilePage })),
);
const InvitationPage = lazy(() =>
  import('../features/invitations').then((m) => ({ default: m.InvitationPage })),
);
const WorkspaceListPage = lazy(() =>
  import('../features/workspaces').then((m) => ({ default: m.WorkspaceListPage })),
);
const CreateWorkspacePage = lazy(() =>
  import('../features/workspaces').then((m) => ({ default: m.CreateWorkspacePage })),
);
const WorkspaceLayout = lazy(() =>
  import('../features/workspaces').then((m) => ({ default: m.WorkspaceLayout })),
);
const WorkspaceSettingsPage = lazy(() =>
  import('../features/workspaces').then((m) => ({ default: m.WorkspaceSettingsPage })),
);
const MembersPage = lazy(() =>
  import('../features/members').then((m) => ({ default: m.MembersPage })),
);
const ActivityPage = lazy(() =>
  import('../features/activity').then((m) => ({ default: m.ActivityPage })),
);
const WaitingPage = lazy(() =>
  import('../features/approval-flows').then((m) => ({ default: m.WaitingPage })),
);
const TeamsPage = lazy(() => import('../features/teams').then((m) => ({ default: m.TeamsPage })));
const BrandsPage = lazy(() =>
  import('../features/brands').then((m) => ({ default: m.BrandsPage })),
);
const BrandLayout = lazy(() =>
  import('../features/brands').then((m) => ({ default: m.BrandLayout })),
);
const BrandSettingsPage = lazy(() =>
  import('../features/brands').then((m) => ({ default: m.BrandSettingsPage })),
);
const DocumentListPage = lazy(() =>
  import('../features/documents').then((m) => ({ default: m.DocumentListPage })),
);
const DocumentPage = lazy(() =>
  import('../features/documents').then((m) => ({ default: m.DocumentPage })),
);
const CalendarPage = lazy(() =>
  import('../features/calendar').then((m) => ({ default: m.CalendarPage })),
);
const KpisPage = lazy(() => import('../features/kpis').then((m) => ({ default: m.KpisPage })));
// Straight from its file: the guest page brings the document viewers, which the sharing
// feature's index (loaded by brand settings and the calendar) must not.
const GuestSharePage = lazy(() =>
  import('../features/sharing/components/GuestSharePage').then((m) => ({
    default: m.GuestSharePage,
  })),
);

/** The route tree. `main.tsx` serves it from the browser's address; tests from memory. */
export const routes: RouteObject[] = [
  {
    // A share link's guest: no account, no workspace shell.
    path: 's/:token',
    element: <GuestLayout />,
    errorElement: <RouteErrorPage />,
    children: [{ index: true, element: <GuestSharePage /> }],
  },
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      // No session needed to see what a link offers; joining asks for one.
      { path: 'invite/:token', element: <InvitationPage /> },
      {
        // Everything below needs a session: visitors are sent to sign in and brought back.
        element: <RequireSession />,
        children: [
          { path: 'account', element: <AccountPage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'workspaces', element: <WorkspaceListPage /> },
          { path: 'workspaces/new', element: <CreateWorkspacePage /> },
          {
            path: 'w/:workspaceId',
            element: <WorkspaceLayout />,
            children: [
              { index: true, element: <BrandsPage /> },
              { path: 'approvals', element: <WaitingPage /> },
              { path: 'teams', element: <TeamsPage /> },
              { path: 'members', element: <MembersPage /> },
              { path: 'activity', element: <ActivityPage /> },
              { path: 'settings', element: <WorkspaceSettingsPage /> },
            ],
          },
          {
            path: 'w/:workspaceId/b/:brandId',
            element: <BrandLayout />,
            children: [
              { index: true, element: <Navigate to="strategy" replace /> },
              // Each document kind's list, at its brand section.
              ...documentKinds
                .filter(({ listPage }) => listPage !== false)
                .map(({ kind, section }) => ({
                  path: section,
                  element: <DocumentListPage kind={kind} />,
                })),
              { path: 'calendar', element: <CalendarPage /> },
              { path: 'results', element: <KpisPage /> },
              { path: 'settings', element: <BrandSettingsPage /> },
              { path: 'd/:documentId', element: <DocumentPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
