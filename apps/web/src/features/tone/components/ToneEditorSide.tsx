import { isLanguage, type Language } from '@chorus/tone-check';
import type { Editor } from '@tiptap/core';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import {
  placedText,
  replaceFinding,
  setToneSettings,
  toneKey,
  type ToneState,
} from '../editor/tone-plugin';
import { useIgnoredFindings, useToneChecker, useToneLocale } from '../hooks/use-tone';
import { TonePanel, type EditorFinding } from './TonePanel';

export interface ToneEditorSideProps {
  editor: Editor;
  brandId: string;
  /** The document, for "ignore once" (recorded with its reason). */
  documentId: string;
  /** The document's declared language; each paragraph's own is detected. */
  language?: string | null;
  editable: boolean;
}

/** How long typing pauses before the side panel catches up (the underlines do not wait). */
const PANEL_DELAY_MS = 150;

/**
 * Reads the plugin's state for the side panel once typing pauses: re-rendering a long list of
 * findings on every keystroke would take the main thread from the next one.
 */
function useToneState(editor: Editor): ToneState | undefined {
  const [state, setState] = useState(() => toneKey.getState(editor.state));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setState(toneKey.getState(editor.state)), PANEL_DELAY_MS);
    };
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
      clearTimeout(timer);
    };
  }, [editor]);
  return state;
}

/**
 * The tone check of a rich-text editor: hands the brand's compiled guideline to the editor's
 * tone plugin (which underlines as the person types) and shows the side panel — score,
 * findings, one-click replacement, "ignore once" with a reason.
 */
export const ToneEditorSide = memo(function ToneEditorSide({
  editor,
  brandId,
  documentId,
  language,
  editable,
}: ToneEditorSideProps) {
  const checking = useToneChecker(brandId);
  const locale = useToneLocale();
  const { ignored, ignoreOnce } = useIgnoredFindings(documentId);
  const declared: Language = isLanguage(language) ? language : locale;

  useEffect(() => {
    if (editor.isDestroyed) return;
    setToneSettings(editor.view, {
      checker: checking.checker,
      language: declared,
      options: { locale, ignore: ignored },
    });
  }, [editor, checking.checker, declared, locale, ignored]);

  const state = useToneState(editor);
  const findings = useMemo<EditorFinding[]>(() => {
    if (!state?.result) return [];
    const placed = new Map(state.placed.map((item) => [item.finding, item]));
    return state.result.findings.map((finding, index) => {
      const where = placed.get(finding);
      return {
        key: `${index}:${finding.ruleId}:${where?.from ?? 'text'}`,
        finding,
        text: where ? placedText(editor.state, where) : '',
      };
    });
  }, [state, editor]);

  const status = checking.status === 'ready' && state?.refused ? 'refused' : checking.status;
  const onReplace = useCallback(
    (item: EditorFinding) => {
      const where = toneKey
        .getState(editor.state)
        ?.placed.find(
          (placed) =>
            placed.finding.ruleId === item.finding.ruleId &&
            placedText(editor.state, placed) === item.text &&
            placed.finding.paragraph === item.finding.paragraph &&
            placed.finding.from === item.finding.from,
        );
      if (where) replaceFinding(editor.view, where);
    },
    [editor],
  );
  const onIgnore = useCallback(
    (item: EditorFinding, reason: string) => ignoreOnce(item.finding.ruleId, item.text, reason),
    [ignoreOnce],
  );

  return (
    <TonePanel
      status={status}
      result={state?.result ?? null}
      findings={findings}
      editable={editable}
      onReplace={onReplace}
      onIgnore={onIgnore}
    />
  );
});
