import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  answer,
  buildUser,
  buildWorkspace,
  memberActions,
  signedInMocks,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import type { WorkspaceTeamsQuery as TeamsResult } from '../../../gql/graphql';
import { SetTeamMemberRolesMutation, WorkspaceTeamsQuery } from '../graphql/teams.graphql';

const olivia = buildUser({ id: 'user-olivia', displayName: 'Olivia', email: 'olivia@example.com' });
const sara = buildUser({ id: 'user-sara', displayName: 'Sara', email: 'sara@example.com' });

function teams(
  actions: string[],
  saraRoles: TeamsResult['workspace']['teams'][number]['members'][number]['roles'] = ['STRATEGIST'],
): TeamsResult {
  return {
    workspace: {
      __typename: 'Workspace',
      id: 'ws-1',
      myActions: actions,
      members: [
        { __typename: 'Member', role: 'OWNER', joinedAt: '2026-01-01T00:00:00Z', user: olivia },
        { __typename: 'Member', role: 'MEMBER', joinedAt: '2026-01-02T00:00:00Z', user: sara },
      ],
      teams: [
        {
          __typename: 'Team',
          id: 'team-1',
          name: 'Soda squad',
          members: [{ __typename: 'TeamMember', roles: saraRoles, user: sara }],
        },
      ],
    },
  };
}

describe('the teams page', () => {
  it('shows teams and team roles read-only to someone without team management', async () => {
    await renderApp('/w/ws-1/teams', {
      mocks: [
        ...signedInMocks(sara, buildWorkspace({ myRole: 'MEMBER', myActions: memberActions })),
        answer(WorkspaceTeamsQuery, { id: 'ws-1' }, { data: teams(memberActions) }),
      ],
    });

    const team = await screen.findByRole('region', { name: 'Soda squad' });
    expect(within(team).getByRole('row', { name: /Sara/ })).toHaveTextContent('Strategist');
    expect(
      screen.getByText('Only owners and admins can change teams and roles.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create team' })).not.toBeInTheDocument();
    expect(within(team).queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets an owner change the roles of someone in a team', async () => {
    const owner = buildWorkspace();
    await renderApp('/w/ws-1/teams', {
      mocks: [
        ...signedInMocks(olivia, owner),
        answer(WorkspaceTeamsQuery, { id: 'ws-1' }, { data: teams(owner.myActions) }),
        answer(
          SetTeamMemberRolesMutation,
          { input: { teamId: 'team-1', userId: 'user-sara', roles: ['STRATEGIST', 'LEAD'] } },
          {
            data: {
              setTeamMemberRoles: {
                __typename: 'TeamMember',
                roles: ['LEAD', 'STRATEGIST'],
                user: { __typename: 'User', id: 'user-sara' },
              },
            },
          },
        ),
        answer(
          WorkspaceTeamsQuery,
          { id: 'ws-1' },
          { data: teams(owner.myActions, ['LEAD', 'STRATEGIST']) },
        ),
      ],
    });

    const team = await screen.findByRole('region', { name: 'Soda squad' });
    await userEvent.click(within(team).getByRole('button', { name: 'Change roles: Sara' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Sara in Soda squad' });
    expect(within(dialog).getByRole('checkbox', { name: /^Strategist/ })).toBeChecked();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /^Lead/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() =>
      expect(within(team).getByRole('row', { name: /Sara/ })).toHaveTextContent('LeadStrategist'),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
