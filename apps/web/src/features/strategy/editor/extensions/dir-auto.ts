import { Extension } from '@tiptap/core';

/**
 * Block nodes that get `dir="auto"` in the page: each paragraph, heading, list, quote, table
 * cell and typed block takes its direction from its own first strong character, so a
 * Hebrew paragraph reads right to left next to an English one whatever the interface
 * language is.
 */
export const DIR_AUTO_TYPES = [
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'taskList',
  'taskItem',
  'tableCell',
  'tableHeader',
  'insight',
  'brandRole',
  'smartGoal',
  'persona',
  'strategyHint',
  'driversBarriers',
  'competitors',
] as const;

/**
 * Renders `dir="auto"` on every block of `DIR_AUTO_TYPES`. The attribute is always null in
 * the document (pasted `dir` values are not read, and y-prosemirror does not store null
 * attributes), so nothing of it reaches the Y.Doc: only the rendering carries it.
 */
export const DirAuto = Extension.create({
  name: 'dirAuto',

  addGlobalAttributes() {
    return [
      {
        types: [...DIR_AUTO_TYPES],
        attributes: {
          dir: {
            default: null,
            keepOnSplit: false,
            parseHTML: () => null,
            renderHTML: () => ({ dir: 'auto' }),
          },
        },
      },
    ];
  },
});
