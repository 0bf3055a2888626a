import type { MockLink as MockLinkTypes } from '@apollo/client/testing';
import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import type { Capability } from '../../../gql/graphql';
import { initI18n } from '../../../i18n';
import { answer, errorResult } from '../../../../test/factories';
import { VersionHistoryButton } from './VersionHistoryButton';
import type { DocumentVersion } from './VersionHistory';
import {
  CreateDocumentVersionMutation,
  DocumentVersionStateQuery,
  DocumentVersionsQuery,
  RestoreDocumentVersionMutation,
} from '../graphql/versions.graphql';

function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

function buildVersion(overrides: Partial<DocumentVersion> = {}): DocumentVersion {
  return {
    __typename: 'DocumentVersion',
    id: 'v-1',
    documentId: 'doc-1',
    number: 1,
    kind: 'NAMED',
    name: 'Sent to the client',
    authorId: 'u-ana',
    authorName: 'Ana Lima',
    restoredFrom: null,
    sizeBytes: 120,
    createdAt: minutesAgo(70),
    approval: null,
    ...overrides,
  };
}

const named = buildVersion();
const automatic = buildVersion({
  id: 'v-2',
  number: 2,
  kind: 'AUTO',
  name: null,
  authorId: null,
  authorName: null,
  createdAt: minutesAgo(30),
});
const restored = buildVersion({
  id: 'v-3',
  number: 3,
  kind: 'RESTORE',
  name: null,
  authorId: 'u-linh',
  authorName: 'Linh Tran',
  restoredFrom: 1,
  createdAt: minutesAgo(5),
});

function versionsAnswer(list: DocumentVersion[], times = Number.POSITIVE_INFINITY) {
  return answer(
    DocumentVersionsQuery,
    { documentId: 'doc-1' },
    { data: { documentVersions: list } },
    times,
  );
}

/** A document holding `text` in its `body` Y.Text. */
function textDoc(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return doc;
}

function stateOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

const bodyText = (doc: Y.Doc) => doc.getText('body').toJSON();

async function renderHistory({
  mocks,
  capability = 'EDIT',
  currentDoc = textDoc(''),
  toComparableText = bodyText,
}: {
  mocks: MockLinkTypes.MockedResponse[];
  capability?: Capability;
  currentDoc?: Y.Doc;
  toComparableText?: (doc: Y.Doc) => string;
}) {
  await initI18n({ language: 'en' });
  const result = render(
    <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
      <VersionHistoryButton
        documentId="doc-1"
        capability={capability}
        currentDoc={currentDoc}
        toComparableText={toComparableText}
      />
    </AppProviders>,
  );
  await userEvent.click(screen.getByRole('button', { name: 'History' }));
  const drawer = await screen.findByRole('dialog', { name: 'Version history' });
  return { ...result, drawer };
}

describe('the version history of a document', () => {
  it('stamps a version an approval flow approved with who approved it and when', async () => {
    const approved = buildVersion({
      id: 'v-4',
      number: 4,
      kind: 'APPROVAL',
      name: 'Expert sign-off',
      approval: {
        __typename: 'VersionApproval',
        requestId: 'req-1',
        approvedAt: '2026-12-06T10:00:00.000Z',
        approvers: [
          {
            __typename: 'VersionApprover',
            userId: 'u-linh',
            name: 'Linh Tran',
            stepIndex: 0,
            approvedAt: '2026-12-06T09:00:00.000Z',
          },
          {
            __typename: 'VersionApprover',
            userId: 'u-noa',
            name: 'Noa Chief Expert',
            stepIndex: 1,
            approvedAt: '2026-12-06T10:00:00.000Z',
          },
        ],
      },
    });
    const { drawer } = await renderHistory({ mocks: [versionsAnswer([approved, named])] });
    const list = await within(drawer).findByRole('list', { name: 'Versions, newest first' });
    const items = within(list).getAllByTestId('version-item');
    expect(within(items[0]!).getByTestId('version-approval')).toHaveTextContent(
      /^ApprovedApproved by Linh Tran and Noa Chief Expert on Dec 6, 2026/,
    );
    expect(within(items[1]!).queryByTestId('version-approval')).toBeNull();
  });

  it('lists versions newest first with their kind, author and time', async () => {
    const { drawer } = await renderHistory({
      mocks: [versionsAnswer([restored, automatic, named])],
    });

    const list = await within(drawer).findByRole('list', { name: 'Versions, newest first' });
    const items = within(list).getAllByTestId('version-item');
    expect(items.map((item) => item.getAttribute('data-kind'))).toEqual([
      'RESTORE',
      'AUTO',
      'NAMED',
    ]);
    expect(items[0]).toHaveTextContent('Restored version 1');
    expect(items[0]).toHaveTextContent('Version 3 · Linh Tran · 5 minutes ago');
    expect(items[1]).toHaveTextContent('Automatic version');
    expect(items[1]).toHaveTextContent('Version 2 · saved automatically · 30 minutes ago');
    expect(items[2]).toHaveTextContent('Sent to the client');
    expect(items[2]).toHaveTextContent('Version 1 · Ana Lima · 1 hour ago');
    expect(within(items[2]!).getByRole('button', { name: 'Open: Version 1' })).toBeInTheDocument();
    expect(
      within(items[2]!).getByRole('button', { name: 'Compare with current: Version 1' }),
    ).toBeEnabled();
    expect(
      within(items[2]!).getByRole('button', { name: 'Restore: Version 1' }),
    ).toBeInTheDocument();
  });

  it('lets someone who may only comment look at versions, but not save or restore them', async () => {
    const { drawer } = await renderHistory({
      capability: 'COMMENT',
      mocks: [versionsAnswer([automatic, named])],
    });

    await within(drawer).findByRole('button', { name: 'Open: Version 1' });
    expect(within(drawer).queryByLabelText('Name of the version')).toBeNull();
    expect(within(drawer).queryByRole('button', { name: 'Save version' })).toBeNull();
    expect(within(drawer).queryByRole('button', { name: /^Restore/ })).toBeNull();
    expect(
      within(drawer).getByRole('button', { name: 'Compare with current: Version 2' }),
    ).toBeInTheDocument();
  });

  it('saves a named version and shows it in the list', async () => {
    const saved = buildVersion({
      id: 'v-4',
      number: 4,
      name: 'Before the workshop',
      createdAt: minutesAgo(0),
    });
    const { drawer } = await renderHistory({
      mocks: [
        versionsAnswer([named], 1),
        answer(
          CreateDocumentVersionMutation,
          { input: { documentId: 'doc-1', name: 'Before the workshop' } },
          { data: { createDocumentVersion: saved } },
        ),
        versionsAnswer([saved, named]),
      ],
    });
    await within(drawer).findByText('Sent to the client');

    // An empty name is caught before asking the server.
    await userEvent.click(within(drawer).getByRole('button', { name: 'Save version' }));
    expect(within(drawer).getByText('Fill in this field.')).toBeInTheDocument();

    await userEvent.type(
      within(drawer).getByLabelText('Name of the version'),
      ' Before the workshop ',
    );
    await userEvent.click(within(drawer).getByRole('button', { name: 'Save version' }));

    expect(await within(drawer).findByRole('status')).toHaveTextContent('Version 4 saved.');
    expect(await within(drawer).findByText('Before the workshop')).toBeInTheDocument();
    expect(within(drawer).getByLabelText('Name of the version')).toHaveValue('');
  });

  it('says what is wrong with a name the server refuses', async () => {
    const { drawer } = await renderHistory({
      mocks: [
        versionsAnswer([named]),
        answer(
          CreateDocumentVersionMutation,
          { input: { documentId: 'doc-1', name: 'x'.repeat(201) } },
          errorResult('VALIDATION', { field: 'name' }),
        ),
      ],
    });
    const field = within(drawer).getByLabelText('Name of the version');
    field.removeAttribute('maxlength');
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(within(drawer).getByRole('button', { name: 'Save version' }));

    expect(
      await within(drawer).findByText('Enter a name of 1 to 200 characters.'),
    ).toBeInTheDocument();
  });

  it('restores a version after asking, and says everyone sees it', async () => {
    const afterRestore = buildVersion({
      id: 'v-5',
      number: 5,
      kind: 'RESTORE',
      name: null,
      restoredFrom: 1,
      createdAt: minutesAgo(0),
    });
    const restore = jest.fn(() => ({ data: { restoreDocumentVersion: afterRestore } }));
    const { drawer } = await renderHistory({
      mocks: [
        versionsAnswer([automatic, named], 1),
        {
          request: { query: RestoreDocumentVersionMutation, variables: { versionId: 'v-1' } },
          result: restore,
        },
        versionsAnswer([afterRestore, automatic, named]),
      ],
    });

    await userEvent.click(
      await within(drawer).findByRole('button', { name: 'Restore: Version 1' }),
    );
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    expect(confirm).toHaveTextContent(
      'Everyone editing will see the text change now; the current text is kept as a version.',
    );
    expect(restore).not.toHaveBeenCalled();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(restore).toHaveBeenCalledTimes(1));
    expect(await within(drawer).findByRole('status')).toHaveTextContent(
      'Version 1 is restored. Everyone editing sees it now.',
    );
    expect(screen.queryByRole('dialog', { name: 'Restore version 1?' })).toBeNull();
    expect(await within(drawer).findByText('Restored version 1')).toBeInTheDocument();
  });

  it('shows a refused restore in the dialog', async () => {
    const { drawer } = await renderHistory({
      mocks: [
        versionsAnswer([named]),
        answer(RestoreDocumentVersionMutation, { versionId: 'v-1' }, errorResult('FORBIDDEN')),
      ],
    });
    await userEvent.click(
      await within(drawer).findByRole('button', { name: 'Restore: Version 1' }),
    );
    const confirm = await screen.findByRole('dialog', { name: 'Restore version 1?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Restore' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      "You don't have permission to do this.",
    );
  });

  it('opens a version read-only', async () => {
    const version = textDoc('Goal: 2,000 tea-club members by June.');
    const { drawer } = await renderHistory({
      mocks: [
        versionsAnswer([named]),
        answer(
          DocumentVersionStateQuery,
          { id: 'v-1' },
          {
            data: {
              documentVersionState: {
                __typename: 'DocumentVersionState',
                version: { __typename: 'DocumentVersion', id: 'v-1', number: 1 },
                state: stateOf(version),
              },
            },
          },
        ),
      ],
    });
    await userEvent.click(await within(drawer).findByRole('button', { name: 'Open: Version 1' }));

    const preview = await screen.findByRole('dialog', {
      name: 'Version 1: Sent to the client (read-only)',
    });
    const text = await within(preview).findByText('Goal: 2,000 tea-club members by June.');
    expect(text.tagName).toBe('PRE');
    expect(text).toHaveAttribute('dir', 'auto');
  });

  it('does not read the live document while a version is only being looked at', async () => {
    const version = textDoc('Goal: 2,000 tea-club members by June.');
    const current = textDoc('Goal: 3,000 tea-club members by June.');
    const toText = jest.fn(bodyText);
    const { drawer } = await renderHistory({
      currentDoc: current,
      toComparableText: toText,
      mocks: [
        versionsAnswer([named]),
        answer(
          DocumentVersionStateQuery,
          { id: 'v-1' },
          {
            data: {
              documentVersionState: {
                __typename: 'DocumentVersionState',
                version: { __typename: 'DocumentVersion', id: 'v-1', number: 1 },
                state: stateOf(version),
              },
            },
          },
        ),
      ],
    });
    await userEvent.click(await within(drawer).findByRole('button', { name: 'Open: Version 1' }));
    const preview = await screen.findByRole('dialog', {
      name: 'Version 1: Sent to the client (read-only)',
    });
    await within(preview).findByText('Goal: 2,000 tea-club members by June.');

    // Others keep typing in the live document while the preview is open.
    for (const word of [' Soon.', ' Sooner.', ' Now.']) {
      current.getText('body').insert(current.getText('body').length, word);
    }
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(toText.mock.calls.filter(([doc]) => doc === current)).toEqual([]);
  });

  it('compares a version with the current text, insertions and deletions marked for everyone', async () => {
    const version = textDoc('Goal: 2,000 tea-club members by June.\nInsight: tea is a pause.\n');
    const current = textDoc(
      'Goal: 3,000 tea-club members by June.\nInsight: tea is a pause.\nNew line.\n',
    );
    const { drawer } = await renderHistory({
      currentDoc: current,
      mocks: [
        versionsAnswer([named]),
        answer(
          DocumentVersionStateQuery,
          { id: 'v-1' },
          {
            data: {
              documentVersionState: {
                __typename: 'DocumentVersionState',
                version: { __typename: 'DocumentVersion', id: 'v-1', number: 1 },
                state: stateOf(version),
              },
            },
          },
        ),
      ],
    });
    await userEvent.click(
      await within(drawer).findByRole('button', { name: 'Compare with current: Version 1' }),
    );

    const dialog = await screen.findByRole('dialog', {
      name: 'Version 1 compared with the current text',
    });
    const diff = await within(dialog).findByTestId('version-diff');
    const removed = [...diff.querySelectorAll('del')].map((node) => node.textContent);
    const added = [...diff.querySelectorAll('ins')].map((node) => node.textContent);
    expect(removed).toEqual(['Removed: 2,000 (end of removal)']);
    expect(added).toEqual(['Added: 3,000 (end of addition)', 'Added: New line. (end of addition)']);
    expect(dialog).toHaveTextContent('only in version 1');
    expect(dialog).toHaveTextContent('only in the current text');

    // A change made now in the live document shows in the comparison.
    current.getText('body').delete(0, current.getText('body').length);
    current
      .getText('body')
      .insert(0, 'Goal: 2,000 tea-club members by June.\nInsight: tea is a pause.\n');
    expect(
      await within(dialog).findByText(
        'No differences: this version matches the current text.',
        {},
        { timeout: 30_000 },
      ),
    ).toBeInTheDocument();
  });
});
