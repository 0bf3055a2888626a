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
import type { WorkspaceBrandsQuery as BrandsResult } from '../../../gql/graphql';
import { WorkspaceBrandsQuery } from '../graphql/brands.graphql';

type Brand = BrandsResult['workspace']['brands'][number];

function brand(overrides: Partial<Brand>): Brand {
  return {
    __typename: 'Brand',
    id: 'brand-lotus',
    name: 'Lotus Tea House',
    networks: ['FACEBOOK', 'ZALO'],
    contentLanguages: ['vi', 'en'],
    archivedAt: null,
    myRoles: ['member', 'strategist'],
    ...overrides,
  };
}

function brandsAnswer(actions: string[], includeArchived: boolean, brands: Brand[]) {
  return answer(
    WorkspaceBrandsQuery,
    { id: 'ws-1', includeArchived },
    { data: { workspace: { __typename: 'Workspace', id: 'ws-1', myActions: actions, brands } } },
  );
}

describe('the brand list', () => {
  it('shows the brands a strategist works on, with networks, languages and their roles, and no way to create one', async () => {
    await renderApp('/w/ws-1', {
      mocks: [
        ...signedInMocks(
          buildUser(),
          buildWorkspace({ myRole: 'MEMBER', myActions: memberActions }),
        ),
        brandsAnswer(memberActions, false, [brand({})]),
      ],
    });

    const card = await screen.findByTestId('brand-card');
    expect(within(card).getByRole('link', { name: 'Lotus Tea House' })).toHaveAttribute(
      'href',
      '/w/ws-1/b/brand-lotus/strategy',
    );
    expect(card).toHaveTextContent('FacebookZalo');
    expect(card).toHaveTextContent('Vietnamese · English');
    expect(card).toHaveTextContent('Your roles: Strategist');
    expect(screen.queryByRole('button', { name: 'Create a brand' })).not.toBeInTheDocument();
  });

  it('includes archived brands when asked, marked as archived', async () => {
    const owner = buildWorkspace();
    await renderApp('/w/ws-1', {
      mocks: [
        ...signedInMocks(buildUser(), owner),
        brandsAnswer(owner.myActions, false, [brand({ myRoles: ['owner'] })]),
        brandsAnswer(owner.myActions, true, [
          brand({ myRoles: ['owner'] }),
          brand({ id: 'brand-old', name: 'Old Soda', archivedAt: '2026-01-01T00:00:00Z' }),
        ]),
      ],
    });

    expect(await screen.findAllByTestId('brand-card')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Create a brand' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Show archived brands' }));

    const old = (await screen.findByRole('link', { name: 'Old Soda' })).closest('li');
    expect(old).toHaveTextContent('Archived');
  });
});
