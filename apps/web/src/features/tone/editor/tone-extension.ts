import { Extension } from '@tiptap/core';
import { tonePlugin, type ToneSettings } from './tone-plugin';

export interface ToneCheckOptions {
  /** The settings the editor starts with; the page hands newer ones with `setToneSettings`. */
  settings?: ToneSettings;
}

/**
 * The tone check in a TipTap editor: findings underlined as the person types (see
 * `tonePlugin`). Nothing of it reaches the document: decorations live only in the view.
 */
export const ToneCheck = Extension.create<ToneCheckOptions>({
  name: 'toneCheck',

  addOptions() {
    return {};
  },

  addProseMirrorPlugins() {
    return [tonePlugin(this.options.settings)];
  },
});
