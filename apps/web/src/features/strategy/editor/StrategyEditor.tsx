import { EditorContent, useEditor } from '@tiptap/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { PanelBoundary } from '../../../ui';
import type { StrategyCommentsSideProps } from '../../comments';
import { ToneEditorSide } from '../../tone';
import { EditorSettingsContext, localToday, type EditorSettings } from './editor-settings';
import type { PasteNotice } from './extensions/paste-guard';
import { PasteNoticeAlert } from './PasteNoticeAlert';
import { strategyExtensions } from './strategy-extensions';
import { StrategyOutline } from './StrategyOutline';
import { EditorToolbar } from './toolbar/EditorToolbar';
import '@mantine/core/styles/Kbd.css';
import './strategy-editor.css';

// Comments (their plugin, margin and panel) load with the first document that shows them.
const StrategyCommentsSide = lazy(() =>
  import('../../comments').then((m) => ({ default: m.StrategyCommentsSide })),
);

export interface StrategyEditorProps {
  /** The shared document; the strategy is its XML fragment `strategy` (strategy-model). */
  doc: Y.Doc;
  /** Presence, for other people's carets; null for a read-only version preview. */
  awareness: Awareness | null;
  /** Whether this person may change the document (EDIT, and nothing refused). */
  editable: boolean;
  /** The language the strategy is written in (spell checking, hyphenation). */
  language?: string;
  /** The editor's accessible name; "Strategy" unless given. */
  label?: string;
  /** Checks the text against the brand's tone of voice, with the side panel (live documents). */
  tone?: { brandId: string; documentId: string } | null;
  /** Comments anchored in the text, with the viewer's capability (live documents). */
  comments?: Omit<StrategyCommentsSideProps, 'editor'> | null;
}

/**
 * The strategy's rich-text editor: TipTap bound to the Y.Doc (per-person undo, other
 * people's carets), headings, lists, tables, links, quotes and the typed blocks (SMART
 * goals, personas, drivers and barriers, competitors, insight, brand role, template hints).
 * Every block reads in its own direction (`dir="auto"`). Knows nothing about sockets,
 * tickets or Apollo: the page hands it the document and the presence.
 */
export function StrategyEditor({
  doc,
  awareness,
  editable,
  language,
  label,
  tone = null,
  comments = null,
}: StrategyEditorProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<PasteNotice | null>(null);
  const extensions = useMemo(
    () => strategyExtensions({ doc, awareness, onPasteNotice: setNotice }),
    [doc, awareness],
  );
  const name = label ?? t('strategyEditor.label');
  const attributes = useMemo(
    () => ({
      'aria-label': name,
      'aria-multiline': 'true',
      role: 'textbox',
      class: 'strategy-editor__content',
      spellcheck: 'true',
      ...(language ? { lang: language } : {}),
    }),
    [name, language],
  );
  const editor = useEditor(
    {
      extensions,
      editable,
      editorProps: { attributes },
      // Node views and carets need the DOM: this page never renders on a server.
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      enableInputRules: true,
      enablePasteRules: true,
    },
    [extensions],
  );
  useEffect(() => {
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  // A new language relabels the editor without recreating it.
  useEffect(() => {
    editor.setOptions({ editorProps: { attributes } });
  }, [editor, attributes]);

  const [today] = useState(localToday);
  const settings = useMemo<EditorSettings>(() => ({ editable, today }), [editable, today]);

  return (
    <EditorSettingsContext.Provider value={settings}>
      <div className="strategy-editor" data-testid="strategy-editor">
        {editable && <EditorToolbar editor={editor} />}
        {notice && <PasteNoticeAlert notice={notice} onClose={() => setNotice(null)} />}
        <StrategyOutline editor={editor} />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-md)' }}>
          <EditorContent
            editor={editor}
            className="strategy-editor__surface"
            style={{ flex: '1 1 32rem', minWidth: 0 }}
          />
          {comments && (
            <div style={{ flex: '0 1 18rem', minWidth: 0 }}>
              <PanelBoundary message={t('app.panelFailed')}>
                <Suspense fallback={null}>
                  <StrategyCommentsSide editor={editor} {...comments} />
                </Suspense>
              </PanelBoundary>
            </div>
          )}
          {tone && (
            <div style={{ flex: '0 1 20rem', minWidth: 0 }}>
              <PanelBoundary message={t('app.panelFailed')}>
                <ToneEditorSide
                  editor={editor}
                  brandId={tone.brandId}
                  documentId={tone.documentId}
                  language={language ?? null}
                  editable={editable}
                />
              </PanelBoundary>
            </div>
          )}
        </div>
      </div>
    </EditorSettingsContext.Provider>
  );
}

export default StrategyEditor;
