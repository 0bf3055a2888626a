import { COLLAB_LIMITS } from '@chorus/collab-protocol';
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml, hasImages } from './clean-pasted-html';

/**
 * The largest paste (or drop) accepted, in bytes of text: half the collaboration frame
 * limit (1 MiB), so the Yjs update it becomes, with the structure around the text, still
 * fits in one message.
 */
export const MAX_PASTE_BYTES = COLLAB_LIMITS.maxFrameBytes / 2;

/**
 * The largest clipboard HTML read at all. Word and Google Docs wrap little text in a lot
 * of markup, so the text decides (MAX_PASTE_BYTES); this only keeps the parser from
 * working through megabytes of styles.
 */
export const MAX_PASTE_HTML_BYTES = 8 * MAX_PASTE_BYTES;

/** Why a paste was refused or changed, for the notice above the editor. */
export type PasteNotice =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'imagesNotSupported' }
  | { kind: 'imagesLeftOut' };

export interface PasteGuardOptions {
  /** Called with what to tell the person; the editor shows it. */
  onNotice: (notice: PasteNotice) => void;
}

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8 (what it costs on the wire). */
export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

function isImageFile(item: { kind?: string; type: string }): boolean {
  return (item.kind === undefined || item.kind === 'file') && item.type.startsWith('image/');
}

/** What a clipboard or a drop carries, read once. */
function readTransfer(data: DataTransfer) {
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  const files = Array.from(data.files ?? []);
  const items = Array.from(data.items ?? []);
  const images = files.some(isImageFile) || items.some(isImageFile);
  return { html, text, images };
}

/**
 * Decides about a paste or a drop before ProseMirror reads it: too much text is refused
 * (nothing changes), images alone are refused, HTML with images comes in without them.
 * Returns true when the transfer must not be inserted.
 */
export function refuseTransfer(data: DataTransfer, onNotice: (notice: PasteNotice) => void) {
  const { html, text, images } = readTransfer(data);
  if (!html && !text) {
    if (images) {
      onNotice({ kind: 'imagesNotSupported' });
      return true;
    }
    return false;
  }
  const textBytes = byteLength(text || html);
  const htmlBytes = html ? byteLength(html) : 0;
  if (textBytes > MAX_PASTE_BYTES) {
    onNotice({ kind: 'tooLarge', bytes: textBytes, limit: MAX_PASTE_BYTES });
    return true;
  }
  if (htmlBytes > MAX_PASTE_HTML_BYTES) {
    onNotice({ kind: 'tooLarge', bytes: htmlBytes, limit: MAX_PASTE_HTML_BYTES });
    return true;
  }
  if (html && hasImages(html)) onNotice({ kind: 'imagesLeftOut' });
  return false;
}

/**
 * Paste and drop safety for the strategy editor: size limits and images (see
 * `refuseTransfer`), and pasted HTML cleaned (`cleanPastedHtml`) before the schema reads
 * it — no scripts, styles, images, classes or unsafe links get in.
 */
export const PasteGuard = Extension.create<PasteGuardOptions>({
  name: 'pasteGuard',

  addOptions() {
    return { onNotice: () => undefined };
  },

  addProseMirrorPlugins() {
    const notify = (notice: PasteNotice) => this.options.onNotice(notice);
    return [
      new Plugin({
        key: new PluginKey('pasteGuard'),
        props: {
          handleDOMEvents: {
            // Runs before ProseMirror's own handler, so a refused paste is never parsed.
            paste: (view, event) => {
              if (!view.editable || !event.clipboardData) return false;
              if (!refuseTransfer(event.clipboardData, notify)) return false;
              event.preventDefault();
              return true;
            },
            drop: (view, event) => {
              if (!view.editable || !event.dataTransfer) return false;
              if (!refuseTransfer(event.dataTransfer, notify)) return false;
              event.preventDefault();
              return true;
            },
          },
          transformPastedHTML: (html) => cleanPastedHtml(html),
        },
      }),
    ];
  },
});
