import { Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef, type FormEvent, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { diffText, transformPosition, type TextDelta } from '../../../collaboration';
import { TextareaHighlightLayer, type TextHighlights } from '../../../ui';

/** The name of the shared text in a document's Y.Doc. */
export const BODY_TEXT = 'body';

/** Transaction origin of this textarea's own edits, so it does not re-read them. */
const TEXTAREA = Symbol('shared-textarea');

export interface SharedTextAreaProps {
  /** The shared document; the text is its `Y.Text` named `body` unless `text` says otherwise. */
  doc: Y.Doc;
  /** Another shared text of `doc` to bind to (a post's variant or first comment). */
  text?: Y.Text;
  /** Presence: where the caret is goes into the local state as `cursor`. */
  awareness?: Awareness | null;
  readOnly: boolean;
  label: string;
  description?: string;
  /** A problem with the text to show under it (the text is kept as it is). */
  error?: ReactNode;
  rows?: number;
  /** Ranges of the text to mark (tone findings), drawn over the text as it wraps. */
  highlights?: TextHighlights | null;
}

/** Puts the shared text into the textarea, keeping the caret where its owner left it. */
function showText(element: HTMLTextAreaElement, value: string, delta: TextDelta | null): void {
  if (element.value === value) return;
  const focused = element.ownerDocument.activeElement === element;
  const { selectionStart, selectionEnd, selectionDirection, scrollTop } = element;
  // Without Yjs' own account of the change (after an IME composition), a diff stands in.
  const change = delta ?? deltaOf(element.value, value);
  element.value = value;
  element.scrollTop = scrollTop;
  if (focused) {
    element.setSelectionRange(
      transformPosition(selectionStart, change),
      transformPosition(selectionEnd, change),
      selectionDirection,
    );
  }
}

function deltaOf(before: string, after: string): TextDelta {
  const { index, remove, insert } = diffText(before, after);
  return [{ retain: index }, { delete: remove }, { insert }];
}

/**
 * Plain shared text: a `<textarea>` bound both ways to the document's `Y.Text` ("body").
 * Each edit is applied as the smallest change, so people typing in different places at
 * the same time all keep their words. Knows nothing about sockets, tickets or Apollo.
 */
export function SharedTextArea({
  doc,
  awareness,
  readOnly,
  label,
  description,
  text: boundText,
  error,
  rows = 16,
  highlights,
}: SharedTextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = useMemo(() => boundText ?? doc.getText(BODY_TEXT), [doc, boundText]);
  const composing = useRef(false);
  /** What the textarea showed when it last matched the shared text (plus its own edits). */
  const shown = useRef('');
  /** Others' changes that arrived during an IME composition, not shown yet. */
  const pending = useRef<TextDelta[]>([]);
  const lastCursor = useRef<string | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Mantine puts a `dir` prop on its wrapper; the text's own direction must rule the
    // textarea itself, so a Persian paragraph reads right-to-left in an English interface.
    element.dir = 'auto';
    element.value = text.toJSON();
    shown.current = element.value;
    pending.current = [];
    const observer = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === TEXTAREA) return;
      const delta = event.delta as TextDelta;
      // Rewriting the value during an IME composition would break it: wait for its end.
      if (composing.current) {
        pending.current.push(delta);
        return;
      }
      showText(element, text.toJSON(), delta);
      shown.current = element.value;
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  const catchUp = (element: HTMLTextAreaElement) => {
    pending.current = [];
    showText(element, text.toJSON(), null);
    shown.current = element.value;
  };

  const shareCursor = (element: HTMLTextAreaElement | null) => {
    if (!awareness) return;
    const cursor =
      element && element.ownerDocument.activeElement === element
        ? {
            anchor: Y.relativePositionToJSON(
              Y.createRelativePositionFromTypeIndex(text, element.selectionStart),
            ) as unknown,
            head: Y.relativePositionToJSON(
              Y.createRelativePositionFromTypeIndex(text, element.selectionEnd),
            ) as unknown,
          }
        : null;
    const key = cursor ? `${element?.selectionStart}:${element?.selectionEnd}` : null;
    if (key === lastCursor.current) return;
    lastCursor.current = key;
    awareness.setLocalStateField('cursor', cursor);
  };

  const onInput = (event: FormEvent<HTMLTextAreaElement>) => {
    const element = event.currentTarget;
    if (readOnly) {
      // Nothing typed here may change the document; put the shared text back.
      catchUp(element);
      return;
    }
    const change = diffText(shown.current, element.value, element.selectionEnd);
    shown.current = element.value;
    if (change.remove === 0 && change.insert === '') return;
    // Others' changes not shown yet (during a composition) move where ours lands.
    let start = change.index;
    let end = change.index + change.remove;
    for (const delta of pending.current) {
      start = transformPosition(start, delta);
      end = transformPosition(end, delta);
    }
    start = Math.min(start, text.length);
    end = Math.min(Math.max(end, start), text.length);
    doc.transact(() => {
      if (end > start) text.delete(start, end - start);
      if (change.insert) text.insert(start, change.insert);
    }, TEXTAREA);
    shareCursor(element);
  };

  return (
    <Textarea
      ref={ref}
      label={label}
      description={description}
      error={error}
      readOnly={readOnly}
      // Greyed, so read-only text does not look like a field waiting for input.
      variant={readOnly ? 'filled' : 'default'}
      rows={rows}
      // Always the same wrapper, marks or not: a changing tree would remount the textarea and
      // leave the shared text bound to the old element.
      inputContainer={(children) => (
        <div style={{ position: 'relative' }}>
          {children}
          {highlights && <TextareaHighlightLayer textarea={ref} highlights={highlights} />}
        </div>
      )}
      resize="vertical"
      spellCheck
      onInput={onInput}
      onSelect={(event) => shareCursor(event.currentTarget)}
      onFocus={(event) => shareCursor(event.currentTarget)}
      onBlur={() => shareCursor(null)}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        // Catch up with what others changed while the composition ran.
        if (pending.current.length > 0) catchUp(event.currentTarget);
      }}
      data-testid="shared-text"
    />
  );
}
