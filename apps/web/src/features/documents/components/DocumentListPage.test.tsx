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
  DuplicateDocumentMutation,
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

/** An ISO time `minutes` before now. */
function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

function buildDocument(overrides: Partial<Listed> = {}): Listed {
  return {
    __typename: 'Document',
    id: 'doc-1',
    title: 'Strategy 2027',
    kind: 'STRATEGY',
    language: 'en',
    updatedAt: '2026-11-20T09:30:00.000Z',
    lastEditedAt: null,
    archivedAt: null,
    myCapability: 'EDIT',
    openThreadCount: 0,
    editingNow: [],
    ...overrides,
  };
}

function documents(
  list: Listed[],
  includeArchived = false,
  times = Number.POSITIVE_INFINITY,
  kind: Listed['kind'] = 'STRATEGY',
) {
  return answer(
    BrandDocumentsQuery,
    { brandId: 'soda', kind, includeArchived },
    { data: { documents: list } },
    times,
  );
}

const editor = ['brand.read', 'strategy.read', 'strategy.edit', 'comment.create'];
const reader = ['brand.read', 'strategy.read', 'comment.create'];

describe('the strategy documents of a brand', () => {
  it('lists each document with its title, language, last edit and who is editing it now, and offers creating one to editors', async () => {
    const lastEdit = minutesAgo(5);
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([
          buildDocument({
            lastEditedAt: lastEdit,
            editingNow: [
              {
                __typename: 'DocumentPresenceUser',
                id: 'u-linh',
                name: 'Linh Tran',
                color: '#1c7ed6',
              },
              { __typename: 'DocumentPresenceUser', id: 'u-sara', name: 'Sara', color: '#d6336c' },
            ],
          }),
          buildDocument({
            id: 'doc-2',
            title: 'Ý tưởng Tết',
            language: 'vi',
            updatedAt: minutesAgo(3 * 24 * 60),
          }),
          buildDocument({ id: 'doc-3', title: 'תוכנית', language: 'he' }),
        ]),
      ],
    });

    const list = await screen.findByRole('table', { name: 'Strategy documents' });
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Title', 'Language', 'Last edit', 'Editing now', 'Actions']);
    const rows = within(list).getAllByTestId('document-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('link', { name: 'Strategy 2027' })).toHaveAttribute(
      'href',
      '/w/acme/b/soda/d/doc-1',
    );
    // The last edit reads relative, with the exact time on hover.
    const time = within(rows[0]!).getByText('5 minutes ago');
    expect(time.tagName).toBe('TIME');
    expect(time).toHaveAttribute('datetime', lastEdit);
    expect(time.getAttribute('title')).toMatch(/\d{4}/);
    // Without a content edit, the last change to the document counts.
    expect(within(rows[1]!).getByText('3 days ago').tagName).toBe('TIME');
    // Each language by its own name, marked as that language.
    expect(within(rows[0]!).getByText('English')).toHaveAttribute('lang', 'en');
    expect(within(rows[1]!).getByText('Tiếng Việt')).toHaveAttribute('lang', 'vi');
    expect(within(rows[2]!).getByText('עברית')).toHaveAttribute('dir', 'rtl');
    // Who has it open: initials on screen, names for screen readers and on hover.
    const editing = within(rows[0]!).getByTestId('editing-now');
    expect(
      within(editing)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['LTLinh Tran', 'SSara']);
    expect(within(editing).getByTitle('Linh Tran')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Nobody has it open');
    expect(within(rows[1]!).getByRole('link', { name: 'Ý tưởng Tết' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New strategy document' })).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'Open: Strategy 2027' })).toHaveAttribute(
      'href',
      '/w/acme/b/soda/d/doc-1',
    );
    expect(screen.getByRole('button', { name: 'Rename: Strategy 2027' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Duplicate: Strategy 2027' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archive: Strategy 2027' })).toBeInTheDocument();
  });

  it('creates a strategy with the title given, in the reader’s language from the SMM template by default, and opens it', async () => {
    const created = buildDocument({ id: 'doc-new', title: 'Campaign 2027' });
    const { router } = await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([], false, 1),
        answer(
          CreateDocumentMutation,
          {
            input: {
              brandId: 'soda',
              kind: 'STRATEGY',
              title: 'Campaign 2027',
              language: 'en',
              fromTemplate: true,
            },
          },
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

    expect(within(dialog).getByRole('combobox', { name: /^Language of the document/ })).toHaveValue(
      'en',
    );
    expect(
      within(dialog).getByRole('checkbox', { name: 'Start from the SMM strategy template' }),
    ).toBeChecked();
    await userEvent.type(within(dialog).getByLabelText(/^Title/), '  Campaign 2027 ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/w/acme/b/soda/d/doc-new'));
  });

  it('creates a strategy in the language its author chooses, empty when asked', async () => {
    const created = buildDocument({ id: 'doc-vi', title: 'Chiến lược Tết', language: 'vi' });
    const { router } = await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([], false, 1),
        answer(
          CreateDocumentMutation,
          {
            input: {
              brandId: 'soda',
              kind: 'STRATEGY',
              title: 'Chiến lược Tết',
              language: 'vi',
              fromTemplate: false,
            },
          },
          { data: { createDocument: { ...created, brandId: 'soda' } } },
        ),
        documents([created]),
        answer(DocumentQuery, { id: 'doc-vi' }, errorResult('NOT_FOUND')),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'New strategy document' }));
    const dialog = await screen.findByRole('dialog', { name: 'New strategy document' });
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Chiến lược Tết');
    const language = within(dialog).getByRole('combobox', { name: /^Language of the document/ });
    expect(within(language).getByRole('option', { name: 'עברית' })).toHaveAttribute('lang', 'he');
    await userEvent.selectOptions(language, 'vi');
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Start from the SMM strategy template' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/w/acme/b/soda/d/doc-vi'));
  });

  it('starts in Persian when the reader reads Persian', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      language: 'fa',
      mocks: [...signedInMocks(ana, acme), brand(editor), documents([])],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'سند راهبرد تازه' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('combobox', { name: /^زبان سند/ })).toHaveValue('fa');
  });

  it('creates a media plan with its flight, columns and currency; refuses a flight that ends first', async () => {
    const created = buildDocument({
      id: 'plan-new',
      title: 'Plan Q1',
      kind: 'MEDIA_PLAN',
      language: null,
    });
    const { router } = await renderApp('/w/acme/b/soda/media-plans', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand([...editor, 'mediaPlan.read', 'mediaPlan.edit']),
        documents([], false, 1, 'MEDIA_PLAN'),
        answer(
          CreateDocumentMutation,
          {
            input: {
              brandId: 'soda',
              kind: 'MEDIA_PLAN',
              title: 'Plan Q1',
              mediaPlan: {
                flightStart: '2027-01-04',
                flightEnd: '2027-03-28',
                granularity: 'WEEK',
                currency: 'USD',
              },
            },
          },
          { data: { createDocument: { ...created, brandId: 'soda' } } },
        ),
        documents([created], false, Number.POSITIVE_INFINITY, 'MEDIA_PLAN'),
        answer(DocumentQuery, { id: 'plan-new' }, errorResult('NOT_FOUND')),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'New media plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'New media plan' });
    // No language or template for plans.
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    await userEvent.type(within(dialog).getByLabelText(/^Title/), 'Plan Q1');
    const start = within(dialog).getByLabelText(/^First day of the flight/);
    const end = within(dialog).getByLabelText(/^Last day of the flight/);
    await userEvent.clear(start);
    await userEvent.type(start, '2027-01-04');
    await userEvent.clear(end);
    await userEvent.type(end, '2027-01-01');
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Columns/), 'week');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    // The end before the start is caught here; nothing is sent.
    expect(
      await within(dialog).findByText(/end/i, { selector: '.mantine-InputWrapper-error' }),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/w/acme/b/soda/media-plans');

    await userEvent.clear(end);
    await userEvent.type(end, '2027-03-28');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/acme/b/soda/d/plan-new'));
  });

  it('duplicates a document under the title given, “Copy of …” suggested', async () => {
    const copy = buildDocument({ id: 'doc-copy', title: 'Copy of Strategy 2027 for Tết' });
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([buildDocument()], false, 1),
        answer(
          DuplicateDocumentMutation,
          { input: { documentId: 'doc-1', title: 'Copy of Strategy 2027 for Tết' } },
          { data: { duplicateDocument: { ...copy, brandId: 'soda' } } },
        ),
        documents([buildDocument(), copy]),
      ],
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate: Strategy 2027' }));
    const dialog = await screen.findByRole('dialog', { name: 'Duplicate “Strategy 2027”' });
    const field = within(dialog).getByLabelText(/^Title/);
    expect(field).toHaveValue('Copy of Strategy 2027');
    await userEvent.type(field, ' for Tết');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make a copy' }));

    expect(
      await screen.findByRole('link', { name: 'Copy of Strategy 2027 for Tết' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A copy of “Strategy 2027” was added to the list.',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a title is too long in words when the server refuses it', async () => {
    await renderApp('/w/acme/b/soda/strategy', {
      mocks: [
        ...signedInMocks(ana, acme),
        brand(editor),
        documents([]),
        answer(
          CreateDocumentMutation,
          {
            input: {
              brandId: 'soda',
              kind: 'STRATEGY',
              title: 'x'.repeat(201),
              language: 'en',
              fromTemplate: true,
            },
          },
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
    expect(screen.getByRole('link', { name: 'Open: Strategy 2027' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Rename/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Duplicate/ })).toBeNull();
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
    // A strategy opens in the rich-text editor, which stays read-only.
    expect(await screen.findByRole('textbox', { name: 'Strategy' })).toHaveAttribute(
      'contenteditable',
      'false',
    );
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
