import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  answer,
  buildUser,
  buildWorkspace,
  memberActions,
  signedInMocks,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { ActivityFiltersQuery, AuditLogQuery } from '../graphql/activity.graphql';

const owner = buildUser({ id: 'user-olivia', email: 'olivia@example.com', displayName: 'Olivia' });
const base = buildWorkspace();
const workspace = buildWorkspace({ myActions: [...base.myActions, 'audit.read'] });
const noFilter = { actorId: null, brandId: null, action: null, from: null, to: null };

function entry(overrides: Record<string, unknown>) {
  return {
    __typename: 'AuditEntry',
    id: 'entry-1',
    occurredAt: '2026-12-05T09:00:00.000Z',
    action: 'member.role_changed',
    actorId: owner.id,
    actorName: 'Olivia',
    brandName: null,
    documentTitle: null,
    subjectType: 'member',
    subjectName: 'Sara',
    before: 'member',
    after: 'admin',
    ...overrides,
  };
}

function page(entries: unknown[], hasMore = false) {
  return { data: { auditLog: { __typename: 'AuditPage', hasMore, endCursor: 'c1', entries } } };
}

const filtersAnswer = answer(
  ActivityFiltersQuery,
  { id: workspace.id },
  {
    data: {
      workspace: {
        __typename: 'Workspace',
        id: workspace.id,
        members: [
          {
            __typename: 'Member',
            user: { __typename: 'User', id: owner.id, displayName: 'Olivia' },
          },
        ],
        brands: [{ __typename: 'Brand', id: 'brand-1', name: 'Lotus Tea House' }],
      },
      parkedJobs: [
        {
          __typename: 'ParkedJob',
          jobId: 'job-1',
          processor: 'audit',
          eventType: 'document.archived',
          error: 'database went away',
          attempts: 6,
          failedAt: '2026-12-05T09:30:00.000Z',
        },
      ],
    },
  },
  5,
);

describe('the Activity page', () => {
  it('is not offered to a member, and tells them so when opened directly', async () => {
    const sara = buildUser({ id: 'user-sara', email: 'sara@example.com', displayName: 'Sara' });
    await renderApp(`/w/${workspace.id}/activity`, {
      mocks: signedInMocks(sara, buildWorkspace({ myRole: 'MEMBER', myActions: memberActions })),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument();
    expect(screen.getByTestId('no-access')).toHaveTextContent(
      'Only owners and admins can see the activity of a workspace.',
    );
    const nav = screen.getByRole('navigation', { name: 'Workspace sections' });
    expect(within(nav).queryByRole('link', { name: 'Activity' })).not.toBeInTheDocument();
  });

  it('lists who did what with before → after, pages on, shows parked jobs and exports with the same filter', async () => {
    await renderApp(`/w/${workspace.id}/activity`, {
      mocks: [
        ...signedInMocks(owner, workspace),
        filtersAnswer,
        answer(
          AuditLogQuery,
          { workspaceId: workspace.id, filter: noFilter, first: 50 },
          page([entry({})], true),
          3,
        ),
        answer(
          AuditLogQuery,
          { workspaceId: workspace.id, filter: noFilter, first: 50, after: 'c1' },
          page([
            entry({
              id: 'entry-2',
              action: 'document.archived',
              subjectType: 'document',
              subjectName: 'Launch plan',
              brandName: 'Lotus Tea House',
              documentTitle: 'Launch plan',
              before: null,
              after: null,
            }),
          ]),
        ),
        answer(
          AuditLogQuery,
          {
            workspaceId: workspace.id,
            filter: { ...noFilter, action: 'document.archived' },
            first: 50,
          },
          page([]),
          3,
        ),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Activity of the workspace' });
    const nav = screen.getByRole('navigation', { name: 'Workspace sections' });
    expect(within(nav).getByRole('link', { name: 'Activity' })).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      /Olivia.*changed a workspace role.*Sara.*Member → Admin/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(/database went away/);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('archived a document')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Action'), 'document.archived');
    expect(
      await screen.findByText('Nothing has happened yet that matches these filters.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      `/api/workspaces/${workspace.id}/audit.csv?action=document.archived`,
    );
  });

  it.each([
    [
      'en',
      [
        /created a post.*Launch post/,
        /rescheduled a post.*Launch post.*May 10, 2026.*9:00.*→.*May 11, 2026.*9:30/,
        /changed a post’s status.*Launch post.*Draft → Ready/,
        /changed a post’s details.*Launch post/,
      ],
    ],
    [
      'uk',
      [
        /створив публікацію/,
        /переніс публікацію на інший час/,
        /змінив статус публікації.*Чернетка → Готова/,
        /змінив дані публікації/,
      ],
    ],
  ] as const)('names post events in words (%s)', async (language, rows) => {
    const post = (id: string, action: string, before: string | null, after: string | null) =>
      entry({
        id,
        action,
        subjectType: 'post',
        subjectName: 'Launch post',
        brandName: 'Lotus Tea House',
        documentTitle: 'Launch post',
        before,
        after,
      });
    await renderApp(`/w/${workspace.id}/activity`, {
      language,
      mocks: [
        ...signedInMocks(owner, workspace),
        filtersAnswer,
        answer(
          AuditLogQuery,
          { workspaceId: workspace.id, filter: noFilter, first: 50 },
          page([
            post('p1', 'post.created', null, null),
            post('p2', 'post.moved', '2026-05-10T09:00', '2026-05-11T09:30'),
            post('p3', 'post.status_changed', 'draft', 'ready'),
            post('p4', 'post.updated', null, null),
          ]),
          3,
        ),
      ],
    });
    const table = await screen.findByRole('table');
    const cells = within(table).getAllByRole('row').slice(1);
    expect(cells).toHaveLength(rows.length);
    rows.forEach((pattern, index) => expect(cells[index]).toHaveTextContent(pattern));
    // Every post action is offered in the action filter, in words.
    const options = within(screen.getByLabelText(/Action|Дія/)).getAllByRole('option');
    expect(options.filter((o) => (o as HTMLOptionElement).value.startsWith('post.'))).toHaveLength(
      8,
    );
    expect(options.some((o) => o.textContent?.includes('activity.actions'))).toBe(false);
  });
});
