import * as Y from 'yjs';

/** Any value y-prosemirror may store as a node attribute (strings, numbers, booleans, objects). */
export type AttrValue = NonNullable<unknown> | null;

/** A Y.XmlElement typed to hold attribute values other than strings. */
export type AnyXmlElement = Y.XmlElement<Record<string, AttrValue>>;

/**
 * Creates an element with attributes. Null and undefined values are not stored, as
 * y-prosemirror does for null attrs.
 */
export function createElement(
  nodeName: string,
  attrs: Readonly<Record<string, unknown>> = {},
): Y.XmlElement {
  const element = new Y.XmlElement(nodeName);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) (element as AnyXmlElement).setAttribute(name, value);
  }
  return element;
}

/** Creates a Y.XmlText holding `text` without marks. */
export function createText(text: string): Y.XmlText {
  const node = new Y.XmlText();
  if (text !== '') node.insert(0, text, {});
  return node;
}
