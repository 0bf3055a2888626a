import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { initI18n } from '../../../i18n';
import {
  ApprovalChangeMarkersQuery,
  MarkApprovalChangeSeenMutation,
  VersionDiffQuery,
} from '../graphql/approvals.graphql';
import { ChangedAfterApproval } from './ChangedAfterApproval';

function marker(id: string, documentId: string, seenAt: string | null = null) {
  return {
    __typename: 'ApprovalChangeMarker' as const,
    id,
    documentId,
    requestId: 'req-1',
    round: 2,
    fromVersionId: 'ver-approved',
    toVersionId: 'ver-edited',
    createdAt: '2026-12-06T10:00:00.000Z',
    seenAt,
  };
}

const markersAnswer = (markers: ReturnType<typeof marker>[]) => ({
  request: { query: ApprovalChangeMarkersQuery },
  result: { data: { myApprovalChangeMarkers: markers } },
});

const wordDiff = {
  request: {
    query: VersionDiffQuery,
    variables: { fromVersionId: 'ver-approved', toVersionId: 'ver-edited' },
  },
  result: {
    data: {
      versionDiff: {
        __typename: 'VersionDiff',
        documentKind: 'POST',
        fromVersionId: 'ver-approved',
        toVersionId: 'ver-edited',
        mediaPlan: null,
        words: [
          { __typename: 'DiffPart', op: 'EQUAL', text: 'Lotus tea ' },
          { __typename: 'DiffPart', op: 'DELETE', text: '10%' },
          { __typename: 'DiffPart', op: 'INSERT', text: '20%' },
          { __typename: 'DiffPart', op: 'EQUAL', text: ' off' },
        ],
      },
    },
  },
};

async function renderBanner(mocks: ConstructorParameters<typeof MockLink>[0]) {
  await initI18n({ language: 'en' });
  render(
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <ChangedAfterApproval documentId="doc-1" place="banner" />
    </AppProviders>,
  );
}

describe('"changed after your approval" on a document', () => {
  it('shows nothing without an unseen marker for this document', async () => {
    const answered = jest.fn(() => ({
      data: {
        myApprovalChangeMarkers: [
          marker('m-other', 'doc-2'),
          marker('m-seen', 'doc-1', '2026-12-06T11:00:00Z'),
        ],
      },
    }));
    await renderBanner([{ request: { query: ApprovalChangeMarkersQuery }, result: answered }]);
    await waitFor(() => expect(answered).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('approval-changed-banner')).toBeNull();
  });

  it('shows the word diff from the approved version to the edited one, and marks it seen', async () => {
    const seen = jest.fn(() => ({ data: { markApprovalChangeSeen: true } }));
    await renderBanner([
      markersAnswer([marker('m-1', 'doc-1')]),
      wordDiff,
      {
        request: { query: MarkApprovalChangeSeenMutation, variables: { markerId: 'm-1' } },
        result: seen,
      },
      markersAnswer([marker('m-1', 'doc-1', '2026-12-06T11:00:00Z')]),
    ]);
    const banner = await screen.findByTestId('approval-changed-banner');
    expect(banner).toHaveTextContent('Changed after your approval');
    await userEvent.click(within(banner).getByRole('button', { name: 'Show the changes' }));
    const diff = await within(banner).findByTestId('approval-diff');
    expect(diff.querySelector('del')).toHaveTextContent('10%');
    expect(diff.querySelector('ins')).toHaveTextContent('20%');
    await userEvent.click(within(banner).getByRole('button', { name: 'Mark as seen' }));
    await waitFor(() => expect(screen.queryByTestId('approval-changed-banner')).toBeNull());
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
