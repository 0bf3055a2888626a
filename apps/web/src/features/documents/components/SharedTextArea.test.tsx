import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { TextHighlights } from '../../../ui';
import { BODY_TEXT, SharedTextArea } from './SharedTextArea';

function renderTextArea(doc: Y.Doc, props: { readOnly?: boolean; awareness?: Awareness } = {}) {
  render(
    <MantineProvider env="test">
      <SharedTextArea
        doc={doc}
        awareness={props.awareness}
        readOnly={props.readOnly ?? false}
        label="Text"
      />
    </MantineProvider>,
  );
  return screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text' });
}

/** Records each change of the shared text as Yjs describes it. */
function recordDeltas(doc: Y.Doc): unknown[] {
  const deltas: unknown[] = [];
  doc.getText(BODY_TEXT).observe((event) => deltas.push(event.delta));
  return deltas;
}

describe('the shared textarea', () => {
  it('shows the shared text, right-to-left or left-to-right as the text itself reads', () => {
    const doc = new Y.Doc();
    doc.getText(BODY_TEXT).insert(0, 'מטרות הקמפיין');

    const textarea = renderTextArea(doc);

    expect(textarea.value).toBe('מטרות הקמפיין');
    expect(textarea).toHaveAttribute('dir', 'auto');
    expect(textarea).not.toHaveAttribute('readonly');
  });

  it('turns typing into the smallest change at the caret, not a rewrite of the text', async () => {
    const doc = new Y.Doc();
    doc.getText(BODY_TEXT).insert(0, 'Goals Audience');
    const deltas = recordDeltas(doc);
    const textarea = renderTextArea(doc);

    textarea.focus();
    textarea.setSelectionRange(5, 5);
    await userEvent.type(textarea, ':', {
      initialSelectionStart: 5,
      initialSelectionEnd: 5,
    });

    expect(doc.getText(BODY_TEXT).toJSON()).toBe('Goals: Audience');
    expect(deltas).toEqual([[{ retain: 5 }, { insert: ':' }]]);
  });

  it('shows someone else’s change at once and keeps the caret on the same word', () => {
    const doc = new Y.Doc();
    const text = doc.getText(BODY_TEXT);
    text.insert(0, 'hello world');
    const textarea = renderTextArea(doc);
    textarea.focus();
    textarea.setSelectionRange(8, 8); // hello wo|rld

    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    remote.getText(BODY_TEXT).insert(0, 'Oh, ');
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'server'));

    expect(textarea.value).toBe('Oh, hello world');
    expect(textarea.selectionStart).toBe(12);
    expect(textarea.selectionEnd).toBe(12);
  });

  it('keeps a concurrent edit made elsewhere while the person types', async () => {
    const doc = new Y.Doc();
    doc.getText(BODY_TEXT).insert(0, 'Insight. Role.');
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc));
    const textarea = renderTextArea(doc);

    // Someone adds to "Role." while this person types after "Insight".
    remote.getText(BODY_TEXT).insert(13, ' of the brand');
    await userEvent.type(textarea, ' first', {
      initialSelectionStart: 7,
      initialSelectionEnd: 7,
    });
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'server'));

    expect(doc.getText(BODY_TEXT).toJSON()).toBe('Insight first. Role of the brand.');
    expect(textarea.value).toBe('Insight first. Role of the brand.');
  });

  it('cannot change the document when read-only', async () => {
    const doc = new Y.Doc();
    doc.getText(BODY_TEXT).insert(0, 'Only leads edit this.');
    const textarea = renderTextArea(doc, { readOnly: true });

    await userEvent.type(textarea, 'sneaky');

    expect(textarea).toHaveAttribute('readonly');
    expect(doc.getText(BODY_TEXT).toJSON()).toBe('Only leads edit this.');
  });

  it('shares where the caret is in presence while focused, and nothing once it leaves', async () => {
    const doc = new Y.Doc();
    doc.getText(BODY_TEXT).insert(0, 'abcdef');
    const awareness = new Awareness(doc);
    const textarea = renderTextArea(doc, { awareness });

    await userEvent.click(textarea);
    textarea.setSelectionRange(2, 4);
    // React reads selection changes on key-up (and selectionchange, which jsdom lacks).
    fireEvent.keyUp(textarea, { key: 'Shift' });

    const cursor = (awareness.getLocalState() as { cursor: { anchor: unknown; head: unknown } })
      .cursor;
    const position = (json: unknown) =>
      Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc)
        ?.index;
    expect(position(cursor.anchor)).toBe(2);
    expect(position(cursor.head)).toBe(4);
    // The person's identity is the server's to stamp, never set here.
    expect(awareness.getLocalState()).not.toHaveProperty('user');

    act(() => textarea.blur());
    expect(awareness.getLocalState()).toEqual({ cursor: null });
    awareness.destroy();
  });

  it('draws marks over the text in its own direction, and keeps the same bound textarea when they arrive', () => {
    const doc = new Y.Doc();
    const text = doc.getText(BODY_TEXT);
    text.insert(0, 'תה זול');
    const view = (highlights: TextHighlights | null) => (
      <MantineProvider env="test">
        <SharedTextArea doc={doc} readOnly={false} label="Text" highlights={highlights} />
      </MantineProvider>
    );
    const { rerender } = render(view(null));
    const textarea = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text' });
    expect(screen.queryByTestId('text-highlights')).toBeNull();

    rerender(view({ text: 'תה זול', ranges: [{ from: 3, to: 6, className: 'tone-finding' }] }));
    const layer = screen.getByTestId('text-highlights');
    expect(layer).toHaveAttribute('dir', 'auto');
    expect(layer).toHaveAttribute('aria-hidden', 'true');
    expect(layer.querySelector('.tone-finding')?.textContent).toBe('זול');
    // The textarea is the one first rendered, still bound: others' changes reach it.
    expect(screen.getByRole('textbox', { name: 'Text' })).toBe(textarea);
    act(() => text.insert(0, 'חדש: '));
    expect(textarea.value).toBe('חדש: תה זול');
  });
});
