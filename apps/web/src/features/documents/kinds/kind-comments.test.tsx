import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { buildUser, meAnswer } from '../../../../test/factories';
import { createApolloClient } from '../../../app/apollo-client';
import { useKindComments } from './kind-comments';
import type { OpenedDocument } from './registry';

const document = { id: 'd-1', brandId: 'b-1' } as OpenedDocument;

/** The hook inside a brand page (its outlet context holds the brand's actions), or outside one. */
function wrapper(brand: { myActions: string[] } | null, me = buildUser({ id: 'u-sara' })) {
  const client = createApolloClient({ link: new MockLink([meAnswer(me)]) });
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <ApolloProvider client={client}>
        <MemoryRouter initialEntries={['/w/ws-1/b/b-1/d/d-1']}>
          <Routes>
            <Route
              path="/w/:workspaceId/b/:brandId"
              element={<Outlet context={brand ? { brand } : undefined} />}
            >
              <Route path="d/:documentId" element={children} />
            </Route>
          </Routes>
        </MemoryRouter>
      </ApolloProvider>
    );
  };
}

describe('who comments in a kind’s editor', () => {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  afterAll(() => {
    awareness.destroy();
    doc.destroy();
  });

  it('gives a share-link guest external threads only: no brand, no user, no moderation', () => {
    const { result } = renderHook(
      () => useKindComments({ document, awareness, guest: { canComment: true } }),
      // Even inside a brand page, the guest's capability wins over the brand's actions.
      { wrapper: wrapper({ myActions: ['comment.create', 'comment.moderate'] }) },
    );
    expect(result.current).toEqual({
      documentId: 'd-1',
      workspaceId: null,
      brandId: null,
      userId: null,
      isGuest: true,
      canComment: true,
      canModerate: false,
    });
  });

  it('gives a guest of a view link no composer', () => {
    const { result } = renderHook(
      () => useKindComments({ document, awareness, guest: { canComment: false } }),
      { wrapper: wrapper(null) },
    );
    expect(result.current).toMatchObject({ isGuest: true, canComment: false });
  });

  it('gives a team member the brand’s comment actions, and nothing to a version preview', async () => {
    const team = renderHook(() => useKindComments({ document, awareness }), {
      wrapper: wrapper({ myActions: ['comment.create'] }),
    });
    await waitFor(() => expect(team.result.current?.userId).toBe('u-sara'));
    expect(team.result.current).toEqual({
      documentId: 'd-1',
      workspaceId: 'ws-1',
      brandId: 'b-1',
      userId: 'u-sara',
      isGuest: false,
      canComment: true,
      canModerate: false,
    });
    const preview = renderHook(
      () => useKindComments({ document, awareness: null, guest: { canComment: true } }),
      { wrapper: wrapper({ myActions: ['comment.create'] }) },
    );
    expect(preview.result.current).toBeNull();
  });
});
