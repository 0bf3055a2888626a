import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IssueCollabTicketMutation } from '../../../collaboration/graphql/collab-ticket.graphql';
import type { BrandDocumentsQuery as BrandDocumentsResult } from '../../../gql/graphql';
import {
  answer,
  buildUser,
  buildWorkspace,
  errorResult,
  signedInMocks,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import { BrandSummaryQuery } from '../../brands/graphql/brands.graphql';
import {
  BrandDocumentsQuery,
  CreateDocumentMutation,
  DocumentQuery,
  RenameDocumentMutation,
} from '../graphql/documents.graphql';

type Listed = BrandDocumentsResult['documents'][number];

const ana = buildUser();
const acme = buildWorkspace({ id: 'acme', name: 'Acme Agency' });

function brand(myActions: string[]) {
  return answer(
    BrandSummaryQuery,
    { id: 'soda' },
    {
      data: {
        brand: {
          __typename: 'Brand',
          id: 'soda',
          name: 'Saigon Soda',
          workspaceId: 'acme',
          archivedAt: null,
          myRoles: ['strategist'],
          myActions,
        },
      },
    },
    Number.POSITIVE_INFINITY,
  );
}

function buildDocument(overrides: Partial<Listed> = {}): Listed {
  return {
    __typename: 'Document',
    id: 'doc-1',
    title: 'Strategy 2027',
    kind: 'STRATEGY',
    updatedAt: '2026-11-20T09:30:00.000Z',
    archivedAt: null,
    myCapability: 'EDIT',
    ...overrides,
  };
}

function documents(list: Listed[], includeArchived = false, times = Number.POSITIVE_INFINITY) {
  return answer(
    BrandDocumentsQuery,
    { brandId: 'soda', kind: 'STRATEGY', includeArchived },
    { data: { documents: list } },
    times,
  );
}

const editor = ['brand.read', 'strategy.read', 'strategy.edit', 'comment.create'];
const reader = ['brand.read', 'strategy.read', 'comment.create'];

describe('the strategy documents of a brand', () => {
  it('lists each document with its title and last change, and offers creating one to editors', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([buildDocument(), buildDocument({ id: 'doc-2', title: 'Ý tưởng Tết' })]),
      ],
    });

    const list = await screen.findByRole('table', { name: 'Strategy documents' });
    const rows = within(list).getAllByTestId('document-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByRole('link', { name: 'Strategy 2027' })).toHaveAttribute(
      'href',
      '/w/acme/b/soda/d/doc-1',
    );
    expect(rows[0]).toHaveTextContent('Nov 20, 2026');
    expect(within(rows[1]!).getByRole('link', { name: 'Ý tưởng Tết' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New strategy document' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rename: Strategy 2027' })).toBeInTheDocument();
  });

  it('creates a document with the title given and opens it', async () => {
    const created = buildDocument({ id: 'doc-new', title: 'Campaign 2027' });
    const { router } = await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([], false, 1),
        answer(
          CreateDocumentMutation,
          { input: { brandId: 'soda', kind: 'STRATEGY', title: 'Campaign 2027' } },
          { data: { createDocument: { ...created, brandId: 'soda' } } },
        ),
        documents([created]),
        answer(DocumentQuery, { id: 'doc-new' }, errorResult('NOT_FOUND')),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'New strategy document' }));
    const dialog = await screen.findByRole('dialog', { name: 'New strategy document' });
    // An empty title is caught before asking the server.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    expect(within(dialog).getByText('Fill in this field.')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText(/^Title/), '  Campaign 2027 ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/w/acme/b/soda/d/doc-new'));
  });

  it('says a title is too long in words when the server refuses it', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([]),
        answer(
          CreateDocumentMutation,
          { input: { brandId: 'soda', kind: 'STRATEGY', title: 'x'.repeat(201) } },
          errorResult('VALIDATION', { field: 'title' }),
        ),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'New strategy document' }));
    const dialog = await screen.findByRole('dialog', { name: 'New strategy document' });
    const field = within(dialog).getByLabelText(/^Title/);
    // The field stops at 200 characters; paste past it to reach the server's check.
    field.removeAttribute('maxlength');
    await userEvent.click(field);
    await userEvent.paste('x'.repeat(201));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    expect(
      await within(dialog).findByText('Enter a title of 1 to 200 characters.'),
    ).toBeInTheDocument();
  });

  it('renames a document in place', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([buildDocument()]),
        answer(
          RenameDocumentMutation,
          { input: { documentId: 'doc-1', title: 'Strategy 2027 (final)' } },
          {
            data: {
              renameDocument: {
                __typename: 'Document',
                id: 'doc-1',
                title: 'Strategy 2027 (final)',
                updatedAt: '2026-11-21T08:00:00.000Z',
              },
            },
          },
        ),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Rename: Strategy 2027' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename “Strategy 2027”' });
    const field = within(dialog).getByLabelText(/^Title/);
    await userEvent.clear(field);
    await userEvent.type(field, 'Strategy 2027 (final)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('link', { name: 'Strategy 2027 (final)' })).toBeInTheDocument();
  });

  it('shows archived documents only when asked, marked and with a way back', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([buildDocument()]),
        documents(
          [
            buildDocument(),
            buildDocument({ id: 'doc-old', title: 'Strategy 2025', archivedAt: '2026-01-02' }),
          ],
          true,
        ),
      ],
    });
    await screen.findByRole('link', { name: 'Strategy 2027' });
    expect(screen.queryByRole('link', { name: 'Strategy 2025' })).toBeNull();

    await userEvent.click(screen.getByRole('switch', { name: 'Show archived' }));

    const row = (await screen.findByRole('link', { name: 'Strategy 2025' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row!).getByText('Archived')).toBeInTheDocument();
    expect(
      within(row!).getByRole('button', { name: 'Restore: Strategy 2025' }),
    ).toBeInTheDocument();
  });

  it('lets people who may only read open documents, but not create, rename or archive them', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(reader),
        documents([buildDocument({ myCapability: 'COMMENT' })]),
      ],
    });

    expect(await screen.findByRole('link', { name: 'Strategy 2027' })).toBeInTheDocument();
    expect(
      screen.getByText(
        'Your roles on this brand let you open these documents but not create them.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New strategy document' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Rename/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Archive/ })).toBeNull();
  });
});

describe('a document page', () => {
  it('shows an archived document read-only and says why it is closed, without a socket', async () => {
    await renderApp('/w/acme/b/soda/d/doc-1', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        answer(
          DocumentQuery,
          { id: 'doc-1' },
          {
            data: {
              document: { ...buildDocument({ archivedAt: '2026-11-22' }), brandId: 'soda' },
            },
          },
        ),
        // issueCollabTicket answers CONFLICT for an archived document.
        answer(IssueCollabTicketMutation, { documentId: 'doc-1' }, errorResult('CONFLICT')),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Strategy 2027' }),
    ).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This document is archived.');
    expect(screen.getByTestId('connection-status')).toHaveTextContent('Not connected');
    expect(screen.getByRole('textbox', { name: 'Text' })).toHaveAttribute('readonly');
    expect(screen.getByRole('link', { name: 'All strategy documents' })).toHaveAttribute(
      'href',
      '/w/acme/b/soda/strategy',
    );
  });

  it('says so when the document cannot be opened', async () => {
    await renderApp('/w/acme/b/soda/d/nope', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        answer(DocumentQuery, { id: 'nope' }, errorResult('NOT_FOUND')),
      ],
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Document unavailable' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This document does not exist, or you have no access to it.',
    );
  });
});
