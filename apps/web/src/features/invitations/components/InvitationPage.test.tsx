import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  answer,
  buildUser,
  buildWorkspace,
  errorResult,
  signedInMocks,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { WorkspaceBrandsQuery } from '../../brands/graphql/brands.graphql';
import { AcceptInvitationMutation, InvitationPreviewQuery } from '../graphql/invitations.graphql';

const token = 'tok_4f9a';
const preview = {
  data: {
    invitationPreview: {
      __typename: 'InvitationPreview',
      workspaceName: 'Mekong Digital',
      role: 'MEMBER',
      invitedByName: 'Olivia',
      expiresAt: '2026-03-01T09:00:00.000Z',
    },
  },
};

describe('the invitation page', () => {
  it.each([
    ['expired', 'This invitation link has expired. Ask for a new one.'],
    ['revoked', 'This invitation link was revoked. Ask for a new one.'],
    ['accepted', 'This invitation link has already been used.'],
    ['unknown', 'This invitation link is not valid. Check that you copied all of it.'],
  ])('says why a %s link cannot be used', async (reason, message) => {
    await renderApp(`/invite/${token}`, {
      mocks: [
        answer(InvitationPreviewQuery, { token }, errorResult('INVITATION_INVALID', { reason })),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: "This invitation can't be used" }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Join workspace' })).not.toBeInTheDocument();
  });

  it('shows the expired reason in Hebrew too', async () => {
    await renderApp(`/invite/${token}`, {
      language: 'he',
      mocks: [
        answer(
          InvitationPreviewQuery,
          { token },
          errorResult('INVITATION_INVALID', { reason: 'expired' }),
        ),
      ],
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('קישור ההזמנה פג. בקשו קישור חדש.');
  });

  it('shows what the link offers to a visitor, with sign-in and sign-up that come back here', async () => {
    await renderApp(`/invite/${token}`, {
      mocks: [answer(InvitationPreviewQuery, { token }, preview)],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Join Mekong Digital' }),
    ).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Olivia invited you to join Mekong Digital on Chorus.');
    expect(main).toHaveTextContent('Your role: Member');
    expect(await within(main).findByRole('link', { name: 'Sign in to accept' })).toHaveAttribute(
      'href',
      `/sign-in?next=%2Finvite%2F${token}`,
    );
    expect(within(main).getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      `/sign-up?next=%2Finvite%2F${token}`,
    );
    expect(within(main).queryByRole('button', { name: 'Join workspace' })).toBeNull();
  });

  it('joins the workspace and opens it', async () => {
    const bao = buildUser({ id: 'user-bao', email: 'bao@example.com', displayName: 'Bao' });
    const workspace = buildWorkspace({ myRole: 'MEMBER', myActions: ['workspace.read'] });
    const { router } = await renderApp(`/invite/${token}`, {
      mocks: [
        ...signedInMocks(bao, workspace),
        answer(InvitationPreviewQuery, { token }, preview),
        answer(AcceptInvitationMutation, { token }, { data: { acceptInvitation: workspace } }),
        answer(
          WorkspaceBrandsQuery,
          { id: workspace.id, includeArchived: false },
          {
            data: {
              workspace: {
                __typename: 'Workspace',
                id: workspace.id,
                myActions: workspace.myActions,
                brands: [],
              },
            },
          },
        ),
      ],
    });

    expect(await screen.findByText('Signed in as Bao (bao@example.com).')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Join workspace' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Brands' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/w/${workspace.id}`);
    expect(
      await screen.findByText(
        'You are not on any brand yet. A brand appears here when a team you are in is assigned to it.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when the person is already a member', async () => {
    const bao = buildUser({ id: 'user-bao' });
    await renderApp(`/invite/${token}`, {
      mocks: [
        ...signedInMocks(bao),
        answer(InvitationPreviewQuery, { token }, preview),
        answer(AcceptInvitationMutation, { token }, errorResult('CONFLICT')),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Join workspace' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are already a member of this workspace.',
    );
  });
});
