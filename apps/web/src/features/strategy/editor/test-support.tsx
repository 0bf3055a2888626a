import { buildChildren, STRATEGY_FRAGMENT, type ChildSpec } from '@chorus/strategy-model';
import { MantineProvider } from '@mantine/core';
import type { Editor } from '@tiptap/core';
import { act, render, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { i18n, initI18n } from '../../../i18n';
import { StrategyEditor } from './StrategyEditor';

/**
 * jsdom lays nothing out: ProseMirror's scrolling and caret maths get empty rectangles
 * instead of missing functions.
 */
export function stubLayout(): void {
  const empty = () => new DOMRect(0, 0, 0, 0);
  const emptyList = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = empty;
  Range.prototype.getClientRects = emptyList;
  Element.prototype.getClientRects = emptyList;
  document.elementFromPoint = () => null;
}

/** A Y.Doc whose strategy fragment holds `children` (as y-prosemirror would store them). */
export function strategyDoc(children: readonly ChildSpec[] = []): Y.Doc {
  const doc = new Y.Doc();
  if (children.length > 0) {
    doc.getXmlFragment(STRATEGY_FRAGMENT).insert(0, buildChildren(children));
  }
  return doc;
}

/** The TipTap editor behind a rendered StrategyEditor (TipTap hangs it on its element). */
export function editorOf(container: HTMLElement): Editor {
  const element = container.querySelector<HTMLElement & { editor?: Editor }>('.ProseMirror');
  if (!element?.editor) throw new Error('no editor rendered');
  return element.editor;
}

/** Renders the strategy editor on `doc`, in English, and waits for its node views. */
export async function renderStrategyEditor(
  doc: Y.Doc,
  props: { editable?: boolean; awareness?: Awareness | null } = {},
) {
  stubLayout();
  await initI18n({ language: 'en' });
  const tree = (editable: boolean) => (
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <StrategyEditor doc={doc} awareness={props.awareness ?? null} editable={editable} />
      </MantineProvider>
    </I18nextProvider>
  );
  const result = render(tree(props.editable ?? true));
  await waitFor(() => expect(result.container.querySelector('.ProseMirror')).not.toBeNull());
  await settle();
  const editor = editorOf(result.container);
  /** Renders the same editor again with another `editable` (a capability that changed). */
  const setEditable = async (editable: boolean) => {
    result.rerender(tree(editable));
    await settle();
  };
  return { ...result, editor, setEditable };
}

/** Lets node views (rendered through portals a microtask later) catch up, inside act. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The strategy fragment as XML (Y.XmlFragment#toJSON), to compare what is stored. */
export function storedXml(doc: Y.Doc): string {
  return doc.getXmlFragment(STRATEGY_FRAGMENT).toJSON();
}
