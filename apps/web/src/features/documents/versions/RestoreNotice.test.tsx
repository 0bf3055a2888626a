import { MockLink } from '@apollo/client/testing';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import type { Capability } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { answer } from '../../../../test/factories';
import { FakeEventSource, installFakeEventSource } from '../../../../test/fake-event-source';
import { DocumentVersionsQuery, RestoreDocumentVersionMutation } from '../graphql/versions.graphql';
import type { DocumentVersion } from './VersionHistory';
import { RestoreNotice } from './RestoreNotice';

const version = (overrides: Partial<DocumentVersion>): DocumentVersion => ({
  __typename: 'DocumentVersion',
  id: 'v-1',
  documentId: 'doc-1',
  number: 1,
  kind: 'NAMED',
  name: 'Sent to the client',
  authorId: 'u-sara',
  authorName: 'Sara',
  restoredFrom: null,
  sizeBytes: 100,
  createdAt: '2026-12-07T10:00:00.000Z',
  approval: null,
  ...overrides,
});
const named = version({});
const kept = version({
  id: 'v-2',
  number: 2,
  kind: 'AUTO',
  name: null,
  authorId: null,
  authorName: null,
});
const restore = version({
  id: 'v-3',
  number: 3,
  kind: 'RESTORE',
  name: null,
  authorId: 'u-linh',
  authorName: 'Linh Lead',
  restoredFrom: 1,
});

function restored(actorId: string, subjectId = 'v-3', documentId = 'doc-1') {
  return {
    id: `e-${subjectId}`,
    type: 'version.restored',
    workspaceId: 'w-1',
    brandId: 'brand-1',
    documentId,
    subjectType: 'version',
    subjectId,
    actorId,
    occurredAt: '2026-12-07T10:05:00.000Z',
  };
}

async function renderNotice(capability: Capability, mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  installFakeEventSource();
  const link = new MockLink(mocks);
  const request = jest.spyOn(link, 'request');
  render(
    <AppProviders client={createApolloClient({ link })} env="test">
      <RestoreNotice documentId="doc-1" brandId="brand-1" meId="u-sara" capability={capability} />
    </AppProviders>,
  );
  const stream = FakeEventSource.all.at(-1)!;
  act(() => stream.open());
  return { request, stream };
}

const versions = answer(
  DocumentVersionsQuery,
  { documentId: 'doc-1' },
  { data: { documentVersions: [restore, kept, named] } },
  Number.POSITIVE_INFINITY,
);

describe('the notice of a restore by someone else', () => {
  it('says who restored which version and undoes it with the version kept just before', async () => {
    const { stream, request } = await renderNotice('EDIT', [
      versions,
      answer(
        RestoreDocumentVersionMutation,
        { versionId: 'v-2' },
        {
          data: {
            restoreDocumentVersion: version({
              id: 'v-4',
              number: 4,
              kind: 'RESTORE',
              restoredFrom: 2,
            }),
          },
        },
      ),
    ]);
    // Someone else's document, and our own restore: nothing to say.
    act(() => stream.message('chorus', restored('u-linh', 'v-9', 'doc-other')));
    act(() => stream.message('chorus', restored('u-sara')));
    expect(screen.queryByTestId('restore-notice')).toBeNull();
    expect(request).not.toHaveBeenCalled();

    act(() => stream.message('chorus', restored('u-linh')));
    expect(
      await screen.findByText('Linh Lead restored version 1: the text changed for everyone.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Undo the restore' }));
    expect(
      await screen.findByText('The text is back as it was before the restore.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo the restore' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByTestId('restore-notice')).toBeNull();
  });

  it('tells a reader without offering the undo', async () => {
    const { stream } = await renderNotice('COMMENT', [versions]);
    act(() => stream.message('chorus', restored('u-linh')));
    expect(
      await screen.findByText('Linh Lead restored version 1: the text changed for everyone.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo the restore' })).toBeNull();
  });
});
