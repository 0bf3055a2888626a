import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import { DocumentListPage, registeredDocumentKinds } from '../features/documents';
import type { DocumentKind } from '../gql/graphql';
import { initI18n } from '../i18n';
import { createApolloClient } from './apollo-client';
import { AppProviders } from './AppProviders';
import { documentKinds } from './document-kinds';

describe('the web document kind registry', () => {
  it('registers the strategy, the media plan and the post, each with its section and editor parts', async () => {
    expect(
      registeredDocumentKinds()
        .map((module) => module.kind.toLowerCase())
        .sort(),
    ).toEqual(['media_plan', 'post', 'strategy']);
    expect(documentKinds.map((module) => module.section)).toEqual([
      'strategy',
      'media-plans',
      'calendar',
    ]);
    // Posts are listed by the content calendar, not by a document list of their own.
    expect(documentKinds.filter((module) => module.listPage !== false).map((m) => m.kind)).toEqual([
      'STRATEGY',
      'MEDIA_PLAN',
    ]);
    for (const module of documentKinds) {
      const parts = await module.load();
      expect(typeof parts.Editor).toBe('function');
      expect(typeof parts.Preview).toBe('function');
      expect(typeof parts.comparableText).toBe('function');
      if (module.listPage !== false) expect(parts.create).toBeDefined();
    }
  });

  it('shows a clear "unsupported document" message for a kind nobody registered', async () => {
    await initI18n({ language: 'en' });
    const client = createApolloClient({ link: new MockLink([]) });
    render(
      <AppProviders client={client} env="test">
        <DocumentListPage kind={'BRIEF' as DocumentKind} />
      </AppProviders>,
    );
    expect(
      await screen.findByText('This kind of document cannot be opened in this version of Chorus.'),
    ).toBeInTheDocument();
  });
});
