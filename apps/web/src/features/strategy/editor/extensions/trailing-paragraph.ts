import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isRemoteChange } from './goal-ids';

/**
 * Keeps an empty paragraph after a last block that cannot hold the caret (a goal card, a
 * table), so there is always somewhere to type below it. Unlike TipTap's TrailingNode it
 * reacts to this editor's own changes only: if every connected editor added its own
 * paragraph after someone else's change, the document would grow one per person; and a
 * read-only editor must not write at all (the server drops such writes).
 */
export const TrailingParagraph = Extension.create({
  name: 'trailingParagraph',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('trailingParagraph'),
        appendTransaction: (transactions, _oldState, state) => {
          if (!editor.isEditable) return null;
          const local = transactions.some(
            (transaction) => transaction.docChanged && !isRemoteChange(transaction),
          );
          if (!local) return null;
          const last = state.doc.lastChild;
          const paragraph = state.schema.nodes.paragraph;
          if (!last || !paragraph || last.type === paragraph) return null;
          // Text blocks (a heading, an insight) can hold the caret: Enter makes a paragraph.
          if (last.isTextblock) return null;
          return state.tr.insert(state.doc.content.size, paragraph.create());
        },
      }),
    ];
  },
});
