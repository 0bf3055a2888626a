import { DirectionProvider, MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { directionOf, initI18n, type LanguageCode } from '../../../i18n';
import type { MediaProblem, PostMediaItem } from '../media-upload';
import { AttachmentsStrip, type AttachmentsStripProps } from './AttachmentsStrip';

const LIMITS = {
  allowedTypes: ['image/png', 'image/jpeg', 'video/mp4'],
  maxImageBytes: 10 * 1024 * 1024,
  maxVideoBytes: 200 * 1024 * 1024,
  maxFilesPerPost: 20,
};

const MEDIA: PostMediaItem[] = [
  {
    id: 'a',
    url: '/api/media/a',
    thumbnailUrl: '/api/media/a/thumbnail',
    mime: 'image/png',
    width: 640,
    height: 480,
    fileName: 'cup.png',
  },
  {
    id: 'b',
    url: '/api/media/b',
    thumbnailUrl: null,
    mime: 'video/mp4',
    width: null,
    height: null,
    fileName: 'teaser.mp4',
  },
];

async function renderStrip(
  props: Partial<AttachmentsStripProps> = {},
  language: LanguageCode = 'en',
) {
  await initI18n({ language });
  const handlers = {
    onFiles: jest.fn(),
    onRemove: jest.fn(),
    onMove: jest.fn(),
    onDismissProblems: jest.fn(),
  };
  render(
    <DirectionProvider initialDirection={directionOf(language)} detectDirection={false}>
      <MantineProvider env="test">
        <AttachmentsStrip
          media={MEDIA}
          limits={LIMITS}
          editable
          uploading={0}
          problems={[]}
          {...handlers}
          {...props}
        />
      </MantineProvider>
    </DirectionProvider>,
  );
  return handlers;
}

describe('the attachments strip', () => {
  it('shows each file in order: an image by its thumbnail, a video by its type', async () => {
    await renderStrip();
    const items = screen.getAllByTestId('post-media-item');
    expect(items.map((item) => item.getAttribute('data-media-id'))).toEqual(['a', 'b']);
    expect(within(items[0]!).getByRole('img', { name: 'cup.png' })).toHaveAttribute(
      'src',
      '/api/media/a/thumbnail',
    );
    expect(within(items[1]!).queryByRole('img')).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Video');
    expect(screen.getByText(/up to 10 MB\) or videos .* up to 200 MB/)).toBeInTheDocument();
  });

  it('removes and moves files, never past either end', async () => {
    const handlers = await renderStrip();
    await userEvent.click(screen.getByRole('button', { name: 'Remove teaser.mp4' }));
    expect(handlers.onRemove).toHaveBeenCalledWith('b');
    expect(screen.getByRole('button', { name: 'Move cup.png earlier' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move teaser.mp4 later' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move cup.png later' }));
    expect(handlers.onMove).toHaveBeenCalledWith('a', 1);
    await userEvent.click(screen.getByRole('button', { name: 'Move teaser.mp4 earlier' }));
    expect(handlers.onMove).toHaveBeenCalledWith('b', -1);
  });

  it('takes files from the button and from a drop on the strip', async () => {
    const handlers = await renderStrip({ media: [] });
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'new.png', { type: 'image/png' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.accept).toBe('image/png,image/jpeg,video/mp4');
    await userEvent.upload(input, file);
    expect(handlers.onFiles).toHaveBeenLastCalledWith([file]);

    const dropped = new File(['x'], 'dropped.jpg', { type: 'image/jpeg' });
    const strip = screen.getByTestId('post-media');
    fireEvent.dragOver(strip, { dataTransfer: { files: [dropped] } });
    expect(strip).toHaveAttribute('data-dragging', 'true');
    fireEvent.drop(strip, { dataTransfer: { files: [dropped] } });
    expect(handlers.onFiles).toHaveBeenLastCalledWith([dropped]);
    expect(screen.getByText('No photos or videos yet.')).toBeInTheDocument();
  });

  it('says why each refused file was refused, in the reader’s language', async () => {
    const problems: MediaProblem[] = [
      { code: 'UNSUPPORTED_MEDIA_TYPE', fileName: 'innocent.png', detected: 'application/pdf' },
      {
        code: 'PAYLOAD_TOO_LARGE',
        fileName: 'huge.png',
        limitBytes: 10 * 1024 * 1024,
        kind: 'image',
      },
    ];
    const handlers = await renderStrip({ problems });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'innocent.png was not attached: its contents are application/pdf, not an image or video a post can carry.',
    );
    expect(alert).toHaveTextContent('huge.png was not attached: images can be at most 10 MB.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(handlers.onDismissProblems).toHaveBeenCalled();
  });

  it('reads in Ukrainian', async () => {
    await renderStrip(
      { problems: [{ code: 'UNSUPPORTED_MEDIA_TYPE', fileName: 'a.png', detected: null }] },
      'uk',
    );
    expect(screen.getByRole('heading', { name: 'Фото й відео' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('a.png не додано');
  });

  it('offers no changes to someone who may only read', async () => {
    await renderStrip({ editable: false });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(document.querySelector('input[type="file"]')).toBeNull();
    expect(screen.getAllByTestId('post-media-item')).toHaveLength(2);
  });
});
