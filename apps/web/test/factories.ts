import type { MockLink } from '@apollo/client/testing';
import type { DocumentNode } from 'graphql';
import { MeQuery } from '../src/features/auth/graphql/me.query';
import { ServerHealthQuery } from '../src/features/health';
import {
  MyWorkspacesQuery,
  WorkspaceSummaryQuery,
} from '../src/features/workspaces/graphql/workspaces.graphql';
import type {
  MyWorkspacesQuery as MyWorkspacesResult,
  ServerHealthQuery as ServerHealthResult,
  WorkspaceSummaryQuery as WorkspaceSummaryResult,
} from '../src/gql/graphql';
import {
  NotificationPreferencesQuery,
  UnreadNotificationCountQuery,
} from '../src/features/notifications/graphql/notifications.graphql';

type Health = Omit<ServerHealthResult['health'], '__typename'>;

/** A healthy server's answer, with any field overridden. */
export function buildHealth(overrides: Partial<Health> = {}): ServerHealthResult['health'] {
  return {
    __typename: 'Health',
    status: 'ok',
    ...overrides,
  };
}

/** The GraphQL answer to the health query; answers `times` requests (once by default). */
export function healthAnswer(
  overrides: Partial<Health> = {},
  times = 1,
): MockLink.MockedResponse<ServerHealthResult> {
  return {
    request: { query: ServerHealthQuery },
    result: { data: { health: buildHealth(overrides) } },
    maxUsageCount: times,
  };
}

/** The health query failing as a network error would. */
export function healthFailure(message = 'connect ECONNREFUSED'): MockLink.MockedResponse {
  return { request: { query: ServerHealthQuery }, error: new Error(message) };
}

export interface TestUser {
  __typename: 'User';
  id: string;
  email: string;
  displayName: string;
  interfaceLanguage: string | null;
  timeZone: string | null;
}

/** A person with an account. */
export function buildUser(overrides: Partial<Omit<TestUser, '__typename'>> = {}): TestUser {
  return {
    __typename: 'User',
    id: 'user-ana',
    email: 'ana@example.com',
    displayName: 'Ana Lima',
    interfaceLanguage: null,
    timeZone: null,
    ...overrides,
  };
}

/**
 * The answer to `me`: a user, nobody (null), or a function read at each request (so a test
 * can sign someone in half-way through).
 */
export function meAnswer(
  user: TestUser | null | (() => TestUser | null),
  times = Number.POSITIVE_INFINITY,
): MockLink.MockedResponse {
  return {
    request: { query: MeQuery },
    result: () => ({ data: { me: typeof user === 'function' ? user() : user } }),
    maxUsageCount: times,
  };
}

/** A GraphQL error answer as the server's error catalogue shapes it. */
export function errorResult(code: string, extensions: Record<string, unknown> = {}) {
  return {
    errors: [{ message: `Server message for ${code}`, extensions: { code, ...extensions } }],
  };
}

/** An answer (data or error) to one operation with exactly these variables. */
export function answer(
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  result: { data?: unknown; errors?: unknown[] },
  times = 1,
): MockLink.MockedResponse {
  return {
    request: { query, variables },
    result: result as MockLink.MockedResponse['result'],
    maxUsageCount: times,
  };
}

export type TestWorkspace = WorkspaceSummaryResult['workspace'];

/** A workspace as its layout loads it; an owner's view by default. */
export function buildWorkspace(overrides: Partial<TestWorkspace> = {}): TestWorkspace {
  return {
    __typename: 'Workspace',
    id: 'ws-1',
    name: 'Mekong Digital',
    myRole: 'OWNER',
    myActions: [
      'workspace.read',
      'workspace.update',
      'member.manage',
      'member.manageOwners',
      'team.manage',
      'brand.create',
    ],
    ...overrides,
  };
}

/** What a workspace member (no management rights) may do. */
export const memberActions = ['workspace.read'];

/**
 * The answers every signed-in page needs: `me`, the server's health, the header's workspace
 * list and the workspace's summary, each as often as asked.
 */
export function signedInMocks(
  user: TestUser,
  workspace: TestWorkspace = buildWorkspace(),
): MockLink.MockedResponse[] {
  const list: MyWorkspacesResult = {
    workspaces: [
      { __typename: 'Workspace', id: workspace.id, name: workspace.name, myRole: workspace.myRole },
    ],
  };
  return [
    meAnswer(user),
    healthAnswer({}, Number.POSITIVE_INFINITY),
    answer(MyWorkspacesQuery, undefined, { data: list }, Number.POSITIVE_INFINITY),
    answer(
      WorkspaceSummaryQuery,
      { id: workspace.id },
      { data: { workspace } },
      Number.POSITIVE_INFINITY,
    ),
  ];
}

/** The bell's answers for a signed-in page: nothing unread, the default preferences. */
export function notificationAnswers(unread = 0): MockLink.MockedResponse[] {
  return [
    answer(
      UnreadNotificationCountQuery,
      undefined,
      { data: { unreadNotificationCount: unread } },
      Number.POSITIVE_INFINITY,
    ),
    answer(
      NotificationPreferencesQuery,
      undefined,
      {
        data: {
          notificationPreferences: [
            {
              __typename: 'NotificationPreference',
              kind: 'post_assigned',
              titleKey: 'notifications.kinds.post_assigned.title',
              inApp: true,
              email: true,
              emailMode: 'IMMEDIATE',
            },
          ],
        },
      },
      Number.POSITIVE_INFINITY,
    ),
  ];
}
