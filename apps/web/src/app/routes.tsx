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
import { lazyPage } from './route-preload';

// The home page ships in the first download; every other page is its own chunk.
const SignInPage = lazyPage(() => import('../features/auth').then((m) => m.SignInPage));
const SignUpPage = lazyPage(() => import('../features/auth').then((m) => m.SignUpPage));
const AccountPage = lazyPage(() => import('../features/auth').then((m) => m.AccountPage));
const ProfilePage = lazyPage(() => import('../features/profile').then((m) => m.ProfilePage));
const InvitationPage = lazyPage(() =>
  import('../features/invitations').then((m) => m.InvitationPage),
);
const WorkspaceListPage = lazyPage(() =>
  import('../features/workspaces').then((m) => m.WorkspaceListPage),
);
const CreateWorkspacePage = lazyPage(() =>
  import('../features/workspaces').then((m) => m.CreateWorkspacePage),
);
const WorkspaceLayout = lazyPage(() =>
  import('../features/workspaces').then((m) => m.WorkspaceLayout),
);
const WorkspaceSettingsPage = lazyPage(() =>
  import('../features/workspaces').then((m) => m.WorkspaceSettingsPage),
);
const MembersPage = lazyPage(() => import('../features/members').then((m) => m.MembersPage));
const ActivityPage = lazyPage(() => import('../features/activity').then((m) => m.ActivityPage));
const WaitingPage = lazyPage(() => import('../features/approval-flows').then((m) => m.WaitingPage));
const TeamsPage = lazyPage(() => import('../features/teams').then((m) => m.TeamsPage));
const BrandsPage = lazyPage(() => import('../features/brands').then((m) => m.BrandsPage));
const BrandLayout = lazyPage(() => import('../features/brands').then((m) => m.BrandLayout));
const BrandSettingsPage = lazyPage(() =>
  import('../features/brands').then((m) => m.BrandSettingsPage),
);
const DocumentListPage = lazyPage(() =>
  import('../features/documents').then((m) => m.DocumentListPage),
);
const DocumentPage = lazyPage(() => import('../features/documents').then((m) => m.DocumentPage));
const CalendarPage = lazyPage(() => import('../features/calendar').then((m) => m.CalendarPage));
const KpisPage = lazyPage(() => import('../features/kpis').then((m) => m.KpisPage));
// Straight from its file: the guest page brings the document viewers, which the sharing
// feature's index (loaded by brand settings and the calendar) must not.
const GuestSharePage = lazyPage(() =>
  import('../features/sharing/components/GuestSharePage').then((m) => m.GuestSharePage),
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
