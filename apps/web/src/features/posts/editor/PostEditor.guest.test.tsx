import { MockLink } from '@apollo/client/testing';
import { postBody, startVariant } from '@chorus/post-model';
import { render, screen } from '@testing-library/react';
import * as Y from 'yjs';
import { answer } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import { PostMediaQuery } from '../graphql/post-media.graphql';
import PostEditor from './PostEditor';

describe('the post editor on a share link', () => {
  it('asks nothing of the brand (networks, UTM tags, tone) and shows the post’s own networks without an error', async () => {
    await initI18n({ language: 'en' });
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'Tea season opens on Friday.');
    startVariant(doc, 'instagram');
    const link = new MockLink([
      answer(
        PostMediaQuery,
        { id: 'post-1' },
        { data: { post: { __typename: 'Post', id: 'post-1', canEdit: false, media: [] } } },
      ),
    ]);
    const request = jest.spyOn(link, 'request');
    render(
      <AppProviders client={createApolloClient({ link })} env="test">
        <PostEditor
          doc={doc}
          awareness={null}
          editable={false}
          brandId="brand-1"
          postId="post-1"
          guest
        />
      </AppProviders>,
    );
    expect(await screen.findByRole('tab', { name: /^Instagram/ })).toBeInTheDocument();
    expect(screen.queryByText(/networks could not be loaded/)).toBeNull();
    expect(screen.queryByTestId('tone-panel')).toBeNull();
    const asked = request.mock.calls.map(([operation]) => operation.operationName);
    expect(asked).toEqual(['PostMedia']);
  });
});
