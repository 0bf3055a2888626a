import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  answer,
  buildUser,
  buildWorkspace,
  errorResult,
  memberActions,
  signedInMocks,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import type { WorkspaceMembersQuery as MembersResult } from '../../../gql/graphql';
import {
  ChangeMemberRoleMutation,
  CreateInvitationMutation,
  WorkspaceMembersQuery,
} from '../graphql/members.graphql';

const owner = buildUser({ id: 'user-olivia', email: 'olivia@example.com', displayName: 'Olivia' });
const workspace = buildWorkspace();

const members: MembersResult = {
  workspace: {
    __typename: 'Workspace',
    id: workspace.id,
    members: [
      {
        __typename: 'Member',
        role: 'OWNER',
        joinedAt: '2026-01-05T09:00:00.000Z',
        user: owner,
      },
      {
        __typename: 'Member',
        role: 'MEMBER',
        joinedAt: '2026-02-11T09:00:00.000Z',
        user: buildUser({ id: 'user-sara', email: 'sara@example.com', displayName: 'Sara' }),
      },
    ],
    invitations: [
      {
        __typename: 'Invitation',
        id: 'inv-old',
        email: null,
        role: 'MEMBER',
        status: 'EXPIRED',
        createdAt: '2026-01-01T09:00:00.000Z',
        expiresAt: '2026-01-08T09:00:00.000Z',
        invitedBy: { __typename: 'User', id: owner.id, displayName: owner.displayName },
      },
    ],
  },
};

function membersAnswer(times = 5) {
  return answer(WorkspaceMembersQuery, { id: workspace.id }, { data: members }, times);
}

describe('the members page', () => {
  it('tells someone without member management that they have no access, and hides its link and invite button', async () => {
    const sara = buildUser({ id: 'user-sara', email: 'sara@example.com', displayName: 'Sara' });
    await renderApp(`/w/${workspace.id}/members`, {
      mocks: signedInMocks(sara, buildWorkspace({ myRole: 'MEMBER', myActions: memberActions })),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Members and invitations' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('no-access')).toHaveTextContent(
      "You don't have access to member management.",
    );
    expect(screen.queryByRole('button', { name: 'Invite people' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Workspace sections' });
    expect(within(nav).queryByRole('link', { name: 'Members' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Teams and roles' })).toBeInTheDocument();
  });

  it('lists members and invitations for an owner, with the invitation status translated', async () => {
    await renderApp(`/w/${workspace.id}/members`, {
      mocks: [...signedInMocks(owner, workspace), membersAnswer()],
    });

    const membersTable = within(await screen.findByRole('region', { name: 'Members' })).getByRole(
      'table',
    );
    expect(within(membersTable).getAllByRole('row')).toHaveLength(3);
    expect(
      within(membersTable).getByRole('combobox', { name: 'Workspace role of Sara' }),
    ).toHaveValue('MEMBER');
    expect(within(membersTable).getByRole('button', { name: 'Remove: Sara' })).toBeInTheDocument();
    // Nobody removes themselves from here.
    expect(within(membersTable).queryByRole('button', { name: 'Remove: Olivia' })).toBeNull();
    const invitations = screen.getByRole('region', { name: 'Invitations' });
    expect(within(invitations).getByTestId('invitation-row')).toHaveTextContent('Link only');
    expect(within(invitations).getByTestId('invitation-row')).toHaveTextContent('Expired');
    expect(
      within(screen.getByRole('navigation', { name: 'Workspace sections' })).getByRole('link', {
        name: 'Members',
      }),
    ).toBeInTheDocument();
  });

  it('creates an invitation and shows its link once, with a copy button, saying it was not emailed', async () => {
    const link = 'https://chorus.example.com/invite/tok_4f9a';
    await renderApp(`/w/${workspace.id}/members`, {
      mocks: [
        ...signedInMocks(owner, workspace),
        membersAnswer(),
        answer(
          CreateInvitationMutation,
          { input: { workspaceId: workspace.id, role: 'ADMIN', email: 'bao@example.com' } },
          {
            data: {
              createInvitation: {
                __typename: 'CreatedInvitation',
                link,
                emailSent: false,
                invitation: {
                  __typename: 'Invitation',
                  id: 'inv-new',
                  email: 'bao@example.com',
                  role: 'ADMIN',
                  status: 'PENDING',
                  expiresAt: '2026-03-01T09:00:00.000Z',
                },
              },
            },
          },
        ),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people to Mekong Digital' });
    await userEvent.selectOptions(within(dialog).getByLabelText('Role'), 'ADMIN');
    await userEvent.type(within(dialog).getByLabelText(/^Email/), 'bao@example.com');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create invitation link' }));

    expect(await within(dialog).findByRole('textbox', { name: 'Invitation link' })).toHaveValue(
      link,
    );
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(within(dialog).getByTestId('invitation-delivery')).toHaveTextContent(
      'The link was not emailed to bao@example.com: this server does not send email.',
    );
  });

  it('explains why the last owner cannot step down', async () => {
    await renderApp(`/w/${workspace.id}/members`, {
      mocks: [
        ...signedInMocks(owner, workspace),
        membersAnswer(),
        answer(
          ChangeMemberRoleMutation,
          { input: { workspaceId: workspace.id, userId: owner.id, role: 'ADMIN' } },
          errorResult('LAST_OWNER'),
        ),
      ],
    });

    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Workspace role of Olivia' }),
      'ADMIN',
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A workspace needs at least one owner. Make someone else an owner first.',
    );
  });
});
