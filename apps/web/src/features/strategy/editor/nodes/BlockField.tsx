import { MAX_FIELD_LENGTH } from '@chorus/strategy-model';
import { Textarea, TextInput } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface BlockFieldProps {
  editor: Editor;
  label: ReactNode;
  /** The field's value in the document. */
  value: string;
  /** Writes a new value into the document (one attribute). */
  onChange: (value: string) => void;
  editable: boolean;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  /** Hides the label visually (table cells, where the column header says it). */
  hideLabel?: boolean;
}

/** How many of our own recent values may still be on their way back through the document. */
const MAX_PENDING = 64;

/**
 * One field of a typed block (a goal's metric, a persona's name, a table cell).
 *
 * The input is uncontrolled: the document's value reaches it one microtask after each
 * keystroke (node views re-render through a portal), and a controlled input would jump
 * back in between and lose the caret. Values this field wrote itself are recognised when
 * they come back and left alone; anything else (someone else's edit, undo) is written into
 * the input — so another person editing another field never moves this caret.
 */
export function BlockField({
  editor,
  label,
  value,
  onChange,
  editable,
  multiline = false,
  type = 'text',
  placeholder,
  description,
  error,
  hideLabel = false,
}: BlockFieldProps) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const pending = useRef<string[]>([]);

  useEffect(() => {
    // Mantine puts a `dir` prop on its wrapper; the field's own text must decide its direction.
    if (ref.current) ref.current.dir = 'auto';
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const own = pending.current.indexOf(value);
    if (own >= 0) {
      pending.current.splice(0, own + 1);
      return;
    }
    pending.current = [];
    if (element.value !== value) element.value = value;
  }, [value]);

  const write = (next: string) => {
    const cut = next.slice(0, MAX_FIELD_LENGTH);
    pending.current.push(cut);
    if (pending.current.length > MAX_PENDING) pending.current.shift();
    onChange(cut);
  };

  // A field's edits are an undo step of their own, not merged with whatever came just before
  // (inserting the card, another field) inside Yjs' capture window.
  const onFocus = () => {
    if (!editable) return;
    const state = yUndoPluginKey.getState(editor.state) as
      { undoManager?: { stopCapturing?: () => void } } | undefined;
    state?.undoManager?.stopCapturing?.();
  };

  // Undo and redo are the document's (per person, across fields and text), not the input's.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    // A read-only field can be focused and its text selected and copied, nothing more.
    if (!editable || !(event.metaKey || event.ctrlKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      editor.commands.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      editor.commands.redo();
    }
  };

  const common = {
    ref,
    label,
    description,
    error,
    placeholder,
    defaultValue: value,
    // Read-only, not disabled: readers still focus, select and copy the text, and it is not
    // greyed out.
    readOnly: !editable,
    'aria-readonly': !editable || undefined,
    maxLength: MAX_FIELD_LENGTH,
    spellCheck: type === 'text',
    onKeyDown,
    onFocus,
    labelProps: hideLabel ? { className: 'strategy-visually-hidden' } : undefined,
    // Plain text on the card, not a white box that seems to take typing.
    classNames: editable ? undefined : { input: 'strategy-field--read-only' },
    'data-read-only': editable ? undefined : true,
    size: 'sm' as const,
  };

  return multiline ? (
    <Textarea
      {...common}
      rows={2}
      resize="vertical"
      onChange={(event) => write(event.currentTarget.value)}
    />
  ) : (
    <TextInput {...common} type={type} onChange={(event) => write(event.currentTarget.value)} />
  );
}
