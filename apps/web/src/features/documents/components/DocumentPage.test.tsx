import { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { buildUser, errorResult, meAnswer } from '../../../../test/factories';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { IssueCollabTicketMutation } from '../../../collaboration/graphql/collab-ticket.graphql';
import { initI18n } from '../../../i18n';
import { DocumentQuery } from '../graphql/documents.graphql';
import { DocumentPage } from './DocumentPage';

describe('the document page', () => {
  it('asks for the collaboration ticket while the document’s details are still on their way', async () => {
    await initI18n({ language: 'en' });
    const asked: string[] = [];
    const mocks: MockLink.MockedResponse[] = [
      meAnswer(buildUser()),
      {
        request: {
          query: DocumentQuery,
          variables: () => {
            asked.push('document');
            return true;
          },
        },
        // The details never come during this test: nothing may wait for them.
        result: { data: null },
        delay: 600_000,
      },
      {
        request: {
          query: IssueCollabTicketMutation,
          variables: (variables: Record<string, unknown>) => {
            asked.push(`ticket ${String(variables.documentId)}`);
            return true;
          },
        },
        result: errorResult('NOT_FOUND'),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ];
    const router = createMemoryRouter([{ path: 'd/:documentId', element: <DocumentPage /> }], {
      initialEntries: ['/d/doc-1'],
    });
    render(
      <AppProviders client={createApolloClient({ link: new MockLink(mocks) })} env="test">
        <RouterProvider router={router} />
      </AppProviders>,
    );
    await waitFor(() => expect(asked).toContain('ticket doc-1'));
    expect(asked).toContain('document');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
  });
});
