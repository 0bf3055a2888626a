import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, buildUser, buildWorkspace, signedInMocks } from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { StuckApprovalsQuery, WaitingOnMeQuery } from '../graphql/waiting.graphql';

const lan = buildUser({ id: 'user-lan', email: 'lan@example.com', displayName: 'Lan Tran' });
const workspace = buildWorkspace();

const steps = [
  { __typename: 'ApprovalStep', index: 0, name: 'Lead review', dueInMinutes: 60 },
  { __typename: 'ApprovalStep', index: 1, name: 'Chief expert', dueInMinutes: null },
];

function request(overrides: Record<string, unknown>) {
  return {
    __typename: 'ApprovalRequest',
    id: 'req-1',
    brandId: 'brand-lotus',
    documentId: 'doc-1',
    documentKind: 'POST',
    documentTitle: 'Lotus tea tasting',
    flowName: 'Posts',
    status: 'PENDING',
    round: 1,
    currentStep: 0,
    stepOpenedAt: '2026-03-02T09:00:00.000Z',
    createdAt: '2026-03-02T09:00:00.000Z',
    submittedBy: 'user-an',
    submitterName: 'An Nguyen',
    needsAttention: false,
    canDecide: true,
    steps,
    ...overrides,
  };
}

const brands = (monitor: boolean) => [
  {
    __typename: 'Brand',
    id: 'brand-lotus',
    name: 'Lotus Tea House',
    myActions: monitor ? ['brand.read', 'approval.monitor'] : ['brand.read'],
  },
];

const waiting = (list: unknown[], monitor = false) =>
  answer(
    WaitingOnMeQuery,
    { workspaceId: workspace.id },
    {
      data: {
        waitingOnMe: list,
        workspace: { __typename: 'Workspace', id: workspace.id, brands: brands(monitor) },
      },
    },
    Number.POSITIVE_INFINITY,
  );

describe('the Waiting on me page', () => {
  it('lists what I must decide in this workspace, oldest first, with step, submitter, due and a link', async () => {
    const strategy = request({
      id: 'req-strategy',
      documentId: 'doc-strategy',
      documentKind: 'STRATEGY',
      documentTitle: 'Strategy 2027',
      currentStep: 1,
      round: 2,
      stepOpenedAt: '2026-03-01T08:00:00.000Z',
      submitterName: 'Mai Pham',
    });
    const post = request({ stepOpenedAt: '2026-03-05T08:00:00.000Z' });
    const elsewhere = request({ id: 'req-other', brandId: 'brand-other', documentTitle: 'Other' });
    await renderApp(`/w/${workspace.id}/approvals`, {
      mocks: [...signedInMocks(lan, workspace), waiting([post, elsewhere, strategy])],
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Waiting on me' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Waiting on me' })).toHaveAttribute(
      'href',
      `/w/${workspace.id}/approvals`,
    );
    const table = await screen.findByRole('table', { name: /waiting on you/ });
    const rows = within(table).getAllByTestId('waiting-request');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Strategy 2027');
    expect(rows[0]).toHaveTextContent('Strategy');
    expect(rows[0]).toHaveTextContent('Lotus Tea House');
    expect(rows[0]).toHaveTextContent('Step 2 of 2: Chief expert');
    expect(rows[0]).toHaveTextContent('Round 2');
    expect(rows[0]).toHaveTextContent('Mai Pham');
    expect(rows[0]).toHaveTextContent('No due time');
    expect(within(rows[0]!).getByRole('link', { name: 'Strategy 2027' })).toHaveAttribute(
      'href',
      `/w/${workspace.id}/b/brand-lotus/d/doc-strategy`,
    );
    expect(rows[1]).toHaveTextContent('Lotus tea tasting');
    expect(rows[1]).toHaveTextContent('Step 1 of 2: Lead review');
    // Due an hour after 2026-03-05 08:00: long past.
    expect(within(rows[1]!).getByText('Overdue')).toBeInTheDocument();
    expect(screen.queryByText('Other')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Stuck' })).not.toBeInTheDocument();
  });

  it('says when nothing waits, in Vietnamese', async () => {
    await renderApp(`/w/${workspace.id}/approvals`, {
      mocks: [...signedInMocks(lan, workspace), waiting([])],
      language: 'vi',
    });
    expect(await screen.findByText('Không có gì đang chờ bạn.')).toBeInTheDocument();
  });

  it('shows a lead what is stuck on the brand: the open step, on whom, since when and overdue', async () => {
    const stuck = {
      __typename: 'StuckApproval',
      stepIndex: 0,
      stepName: 'Lead review',
      since: '2026-03-02T09:00:00.000Z',
      dueAt: '2026-03-02T10:00:00.000Z',
      waitingOn: [
        { __typename: 'ApprovalWaitingOn', userId: 'user-hoa', name: 'Hoa Le' },
        { __typename: 'ApprovalWaitingOn', userId: 'user-minh', name: 'Minh Vo' },
      ],
      request: request({ canDecide: false }),
    };
    const orphan = {
      ...stuck,
      since: '2026-03-04T09:00:00.000Z',
      dueAt: null,
      waitingOn: [],
      request: request({
        id: 'req-2',
        documentTitle: 'Q2 media plan',
        documentKind: 'MEDIA_PLAN',
        needsAttention: true,
      }),
    };
    await renderApp(`/w/${workspace.id}/approvals`, {
      mocks: [
        ...signedInMocks(lan, workspace),
        waiting([], true),
        answer(
          StuckApprovalsQuery,
          { brandId: 'brand-lotus' },
          { data: { stuckApprovals: [orphan, stuck] } },
          Number.POSITIVE_INFINITY,
        ),
      ],
    });

    await userEvent.click(await screen.findByRole('tab', { name: 'Stuck' }));
    const table = await screen.findByRole('table', { name: /longest waiting first/ });
    const rows = within(table).getAllByTestId('stuck-request');
    expect(rows[0]).toHaveTextContent('Lotus tea tasting');
    expect(rows[0]).toHaveTextContent('Hoa Le, Minh Vo');
    expect(within(rows[0]!).getByText('Overdue')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Q2 media plan');
    expect(rows[1]).toHaveTextContent('Nobody can decide');
    expect(rows[1]).toHaveTextContent('An approver left: this needs attention.');
    expect(rows[1]).toHaveTextContent('No due time');
  });

  it('refreshes live when an approval notification arrives, not for other kinds', async () => {
    const post = request({ stepOpenedAt: '2026-03-05T08:00:00.000Z' });
    const strategy = request({
      id: 'req-strategy',
      documentId: 'doc-strategy',
      documentKind: 'STRATEGY',
      documentTitle: 'Strategy 2027',
      stepOpenedAt: '2026-03-06T08:00:00.000Z',
    });
    // The server's answer: before the submission, then with the new request.
    let calls = 0;
    const live = {
      request: { query: WaitingOnMeQuery, variables: { workspaceId: workspace.id } },
      result: () => {
        calls += 1;
        return {
          data: {
            waitingOnMe: calls === 1 ? [post] : [post, strategy],
            workspace: { __typename: 'Workspace', id: workspace.id, brands: brands(false) },
          },
        };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const { live: socket } = await renderApp(`/w/${workspace.id}/approvals`, {
      mocks: [...signedInMocks(lan, workspace), live],
    });
    const table = await screen.findByRole('table', { name: /waiting on you/ });
    expect(within(table).getAllByTestId('waiting-request')).toHaveLength(1);
    await waitFor(() => expect(socket.isOpen('NotificationAdded')).toBe(true));

    const notification = (kind: string, name: string) => ({
      notificationAdded: {
        __typename: 'Notification',
        id: `n-${kind}`,
        kind,
        titleKey: `notifications.kinds.${kind}.title`,
        createdAt: '2026-03-06T08:00:00.000Z',
        readAt: null,
        actorName: 'An Nguyen',
        params: [{ __typename: 'NotificationParam', name: 'name', value: name }],
        link: {
          __typename: 'NotificationLink',
          workspaceId: workspace.id,
          brandId: 'brand-lotus',
          brandName: 'Lotus Tea House',
          documentId: 'doc-strategy',
          documentKind: 'strategy',
          documentTitle: name,
        },
      },
    });
    act(() => socket.emit('NotificationAdded', notification('post_assigned', 'Other post')));
    act(() =>
      socket.emit('NotificationAdded', notification('approval_requested', 'Strategy 2027')),
    );

    expect(await within(table).findByText('Strategy 2027')).toBeVisible();
    expect(within(table).getAllByTestId('waiting-request')).toHaveLength(2);
    expect(screen.getByRole('tab', { name: 'To decide (2)' })).toBeInTheDocument();
    // One load and one refresh: the post assignment asked for none.
    expect(calls).toBe(2);
  });
});
