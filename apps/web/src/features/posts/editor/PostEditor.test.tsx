import { postBody, postVariants, readPost, startVariant } from '@chorus/post-model';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { directionOf, initI18n, type LanguageCode } from '../../../i18n';
import { PostContentEditor } from './PostEditor';

const awarenesses: Awareness[] = [];
afterEach(() => {
  for (const awareness of awarenesses.splice(0)) awareness.destroy();
});

async function renderEditor(
  doc: Y.Doc,
  options: {
    editable?: boolean;
    language?: LanguageCode;
    awareness?: Awareness | null;
    networks?: Parameters<typeof PostContentEditor>[0]['brandNetworks'];
    media?: Parameters<typeof PostContentEditor>[0]['media'];
  } = {},
) {
  const language = options.language ?? 'en';
  await initI18n({ language });
  render(
    <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
      <MantineProvider env="test">
        <div dir={directionOf(language)}>
          <PostContentEditor
            doc={doc}
            awareness={options.awareness ?? null}
            editable={options.editable ?? true}
            brandNetworks={
              options.networks === undefined ? ['x', 'instagram', 'telegram'] : options.networks
            }
            media={options.media}
          />
        </div>
      </MantineProvider>
    </DirectionProvider>,
  );
}

/** Applies a change made on another person's copy of the document, as the socket would. */
function fromSomeoneElse(doc: Y.Doc, change: (remote: Y.Doc) => void): void {
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(doc);
  change(remote);
  act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, before), 'remote'));
}

describe('the post editor', () => {
  it('writes the base text and shows each network using it, counted against its limit', async () => {
    const doc = new Y.Doc();
    await renderEditor(doc);
    await userEvent.type(screen.getByRole('textbox', { name: 'Base text' }), 'Hello #tea 👨‍👩‍👧');
    expect(postBody(doc).toJSON()).toBe('Hello #tea 👨‍👩‍👧');
    // The family emoji is one character, as the networks count it.
    await userEvent.click(screen.getByRole('tab', { name: /^X/ }));
    expect(screen.getByText('X gets the base text.')).toBeInTheDocument();
    expect(screen.getByTestId('count-x')).toHaveTextContent('12 / 280 characters');
    expect(within(screen.getByTestId('post-hashtags')).getByText('#tea')).toBeInTheDocument();
  });

  it('writes a network its own text and resets it to the base', async () => {
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'Base');
    await renderEditor(doc);
    await userEvent.click(screen.getByRole('tab', { name: /^Instagram/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Write a text for Instagram' }));
    const own = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text for Instagram' });
    expect(own.value).toBe('Base');
    await userEvent.type(own, ' for the feed @lotus');
    expect(readPost(doc).variants).toEqual({ instagram: 'Base for the feed @lotus' });
    expect(readPost(doc).body).toBe('Base');
    expect(within(screen.getByTestId('post-mentions')).getByText('@lotus')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Instagram.*own text/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Use the base text again' }));
    expect(readPost(doc).variants).toEqual({});
    expect(screen.getByText('Instagram gets the base text.')).toBeInTheDocument();
  });

  it('keeps a text over the X limit and shows the problem on that variant and its tab', async () => {
    const doc = new Y.Doc();
    startVariant(doc, 'x').insert(0, 'ม'.repeat(281));
    await renderEditor(doc);
    expect(screen.getByRole('tab', { name: /^X.*too long/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: /^X/ }));
    const textarea = screen.getByRole('textbox', { name: 'Text for X' });
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByText(
        '1 characters over the X limit of 280. The text is saved as written; shorten it before publishing.',
      ),
    ).toBeInTheDocument();
    expect(readPost(doc).variants.x).toHaveLength(281);
    expect(screen.getByRole('tab', { name: /^Instagram/ })).not.toHaveTextContent('too long');
  });

  it('applies the lower Telegram limit once the post carries a file, and previews its first image', async () => {
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'а'.repeat(2000));
    await renderEditor(doc);
    await userEvent.click(screen.getByRole('tab', { name: /^Telegram/ }));
    expect(screen.getByTestId('count-telegram')).toHaveTextContent('2,000 / 4,096 characters');
    expect(screen.queryByTestId('post-preview-image')).not.toBeInTheDocument();
    cleanup();

    await renderEditor(doc, {
      media: [
        {
          id: 'v1',
          url: '/api/media/v1',
          thumbnailUrl: null,
          mime: 'video/mp4',
          width: null,
          height: null,
          fileName: 'teaser.mp4',
        },
        {
          id: 'i1',
          url: '/api/media/i1',
          thumbnailUrl: '/api/media/i1/thumbnail',
          mime: 'image/png',
          width: 640,
          height: 480,
          fileName: 'cup.png',
        },
      ],
    });
    await userEvent.click(screen.getByRole('tab', { name: /^Telegram/ }));
    expect(screen.getByTestId('count-telegram')).toHaveTextContent('2,000 / 1,024 characters');
    expect(screen.getByRole('alert')).toHaveTextContent('976 characters over the Telegram limit');
    // The preview shows the first image (the video before it is not one).
    expect(
      within(screen.getByTestId('post-preview-image')).getByRole('img', { name: 'cup.png' }),
    ).toHaveAttribute('src', '/api/media/i1');
  });

  it("shows another person's text as it arrives, in the variant and the preview", async () => {
    const doc = new Y.Doc();
    await renderEditor(doc);
    fromSomeoneElse(doc, (remote) => {
      postBody(remote).insert(0, 'Trà sen Hội An. '.repeat(12));
      startVariant(remote, 'x');
    });
    expect(screen.getByRole('tab', { name: /^X.*own text/ })).toBeInTheDocument();
    // The preview folds the Instagram caption near 125 characters, with "… more".
    await userEvent.click(screen.getByRole('tab', { name: /^Instagram/ }));
    const preview = screen.getByTestId('post-preview');
    expect(preview).toHaveTextContent('… more');
    expect(screen.getByTestId('post-preview-note')).toHaveTextContent('An approximation');
  });

  it('shows the first comment and lets readers read but not change anything', async () => {
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'Base');
    doc.getText('firstComment').insert(0, '#matcha');
    await renderEditor(doc, { editable: false });
    expect(screen.getByRole('textbox', { name: 'Base text' })).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: /First comment/ })).toHaveAttribute('readonly');
    await userEvent.click(screen.getByRole('tab', { name: /^X/ }));
    expect(screen.queryByRole('button', { name: /Write a text/ })).not.toBeInTheDocument();
  });

  it('lists networks that have their own text even when the brand no longer uses them', async () => {
    const doc = new Y.Doc();
    startVariant(doc, 'vk').insert(0, 'Привіт');
    postVariants(doc).set('myspace', new Y.Text('ignored'));
    await renderEditor(doc, { networks: ['x'] });
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual(['All networks', 'X', expect.stringMatching(/^VKown text/)]);
  });

  it('shows who writes in which part of the post', async () => {
    const doc = new Y.Doc();
    const ours = new Awareness(doc);
    const theirs = new Awareness(new Y.Doc());
    awarenesses.push(ours, theirs);
    theirs.setLocalState({
      user: { id: 'u2', name: 'Linh Lead', color: '#1c7ed6' },
      postField: 'x',
    });
    applyAwarenessUpdate(ours, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote');
    await renderEditor(doc, { awareness: ours });
    expect(screen.getByRole('tab', { name: /^X.*Writing here: Linh Lead/ })).toBeInTheDocument();
    // Our own focus is published for the others.
    await userEvent.click(screen.getByRole('textbox', { name: /First comment/ }));
    expect(ours.getLocalState()?.postField).toBe('firstComment');
  });

  it('reads right to left in Persian with the texts in Persian', async () => {
    const doc = new Y.Doc();
    postBody(doc).insert(0, 'رسانه‌های اجتماعی #رسانه‌های_اجتماعی');
    await renderEditor(doc, { language: 'fa' });
    expect(screen.getByRole('textbox', { name: 'متن پایه' })).toHaveAttribute('dir', 'auto');
    expect(
      within(screen.getByTestId('post-hashtags')).getByText('#رسانه‌های_اجتماعی'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('post-editor').closest('[dir]')).toHaveAttribute('dir', 'rtl');
  });
});
