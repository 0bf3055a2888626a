import { STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import type { Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { i18n } from '../../../i18n';
import { ToneCheck } from '../../tone';
import { collaborationCarets } from './extensions/collaboration-carets';
import { DirAuto } from './extensions/dir-auto';
import { GoalIds } from './extensions/goal-ids';
import { PasteGuard, type PasteNotice } from './extensions/paste-guard';
import { safeLinkOptions } from './extensions/safe-link';
import { TrailingParagraph } from './extensions/trailing-paragraph';
import { strategyBlocks } from './nodes/strategy-blocks';

export interface StrategyExtensionOptions {
  /** The shared document; the strategy is its XML fragment `strategy`. */
  doc: Y.Doc;
  /** Presence, for other people's carets; null shows none (a version preview). */
  awareness: Awareness | null;
  /** Called when a paste or drop was refused or changed. */
  onPasteNotice: (notice: PasteNotice) => void;
}

/**
 * The strategy editor's schema and behaviour. Node and mark names and attributes are
 * strategy-model's schema.ts (the server reads documents by them): StarterKit's rich text,
 * tables, task lists and the typed blocks.
 */
export function strategyExtensions({
  doc,
  awareness,
  onPasteNotice,
}: StrategyExtensionOptions): Extensions {
  return [
    StarterKit.configure({
      // Collaboration brings per-person undo (Yjs); ProseMirror's history would undo others.
      undoRedo: false,
      // TrailingParagraph instead: only for this person's own changes.
      trailingNode: false,
      link: safeLinkOptions,
    }),
    Collaboration.configure({ document: doc, field: STRATEGY_FRAGMENT }),
    ...(awareness ? [collaborationCarets(awareness)] : []),
    Table.configure({ resizable: false, renderWrapper: true }),
    TableRow,
    TableHeader,
    TableCell,
    TaskList,
    TaskItem.configure({
      nested: true,
      a11y: {
        checkboxLabel: (node, checked) =>
          checked
            ? i18n.t('strategyEditor.taskDone', { text: node.textContent })
            : i18n.t('strategyEditor.taskOpen', { text: node.textContent }),
      },
    }),
    Placeholder.configure({
      showOnlyWhenEditable: true,
      placeholder: ({ editor, node }) =>
        node.type.name === 'paragraph' && editor.isEmpty
          ? i18n.t('strategyEditor.placeholder')
          : '',
    }),
    ...strategyBlocks,
    DirAuto,
    GoalIds,
    TrailingParagraph,
    PasteGuard.configure({ onNotice: onPasteNotice }),
    // Tone findings as decorations; the page hands it the brand's guideline (ToneEditorSide).
    ToneCheck,
  ];
}
