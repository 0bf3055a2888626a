import * as Y from 'yjs';
import { STRATEGY_FRAGMENT } from '../schema.js';
import { createElement } from '../y-build.js';

/** A text run: its string and its marks as y-prosemirror stores them (`{ bold: {} }`). */
export interface TextSpec {
  text: string;
  marks?: Readonly<Record<string, unknown>>;
}

/** A node: its ProseMirror name, its attrs and its children. */
export interface ElementSpec {
  node: string;
  attrs?: Readonly<Record<string, unknown>>;
  children?: readonly ChildSpec[];
}

/** A child of a node: a plain string is a text run without marks. */
export type ChildSpec = string | TextSpec | ElementSpec;

/** `el('heading', { level: 2 }, 'Goals')` */
export function el(
  node: string,
  attrs: Readonly<Record<string, unknown>> = {},
  ...children: ChildSpec[]
): ElementSpec {
  return { node, attrs, children };
}

/** `p('plain ', t('bold', { bold: {} }))` */
export function p(...children: ChildSpec[]): ElementSpec {
  return el('paragraph', {}, ...children);
}

/** A text run with marks. */
export function t(text: string, marks: Readonly<Record<string, unknown>> = {}): TextSpec {
  return { text, marks };
}

/**
 * Builds a strategy fragment in a fresh Y.Doc from a compact description, the way
 * y-prosemirror lays it out: consecutive text runs share one Y.XmlText with formatting
 * attributes, inline nodes (hardBreak) are Y.XmlElement siblings. For tests and fixtures.
 */
export function buildFragment(children: readonly ChildSpec[]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
  doc.transact(() => fragment.insert(0, buildChildren(children)));
  return fragment;
}

/** The Y nodes for a list of specs (exported for tests that edit an existing fragment). */
export function buildChildren(children: readonly ChildSpec[]): Array<Y.XmlElement | Y.XmlText> {
  const nodes: Array<Y.XmlElement | Y.XmlText> = [];
  let text: Y.XmlText | undefined;
  let length = 0;
  for (const child of children) {
    if (typeof child === 'string' || !('node' in child)) {
      const run = typeof child === 'string' ? { text: child } : child;
      if (!text) {
        text = new Y.XmlText();
        length = 0;
        nodes.push(text);
      }
      // Explicit (possibly empty) attributes: otherwise Yjs extends the previous run's marks.
      text.insert(length, run.text, { ...run.marks });
      length += run.text.length;
    } else {
      text = undefined;
      const element = createElement(child.node, child.attrs);
      element.insert(0, buildChildren(child.children ?? []));
      nodes.push(element);
    }
  }
  return nodes;
}
