import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc, relativePositionToAbsolutePosition } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { Node as PmNode } from '@tiptap/pm/model';
import {
  resolveStrategyAnchor,
  resolveStrategyAnchors,
  strategyAnchorFor,
  type ProsemirrorMapping,
  type StrategyBinding,
} from './strategy-anchors';
import type { ResolvedAnchor } from './anchor-range';
import { decodePosition } from './position-codec';

const FRAGMENT = 'strategy';
const schema = getSchema([StarterKit]);

/** A Y.Doc whose fragment holds one paragraph per text (as y-prosemirror stores them). */
function docWith(paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(FRAGMENT);
  fragment.insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      return paragraph;
    }),
  );
  return doc;
}

/** The document as the editor would show it, with the binding's mapping. */
function view(doc: Y.Doc): { binding: StrategyBinding; pm: PmNode } {
  const type = doc.getXmlFragment(FRAGMENT);
  const { doc: pm, mapping } = initProseMirrorDoc(type, schema);
  return { binding: { doc, type, mapping: mapping as ProsemirrorMapping }, pm };
}

/** Where `needle` starts in the ProseMirror document. */
function find(pm: PmNode, needle: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  pm.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const index = node.text!.indexOf(needle);
    if (index >= 0) found = { from: pos + index, to: pos + index + needle.length };
    return false;
  });
  if (!found) throw new Error(`"${needle}" is not in the document`);
  return found;
}

function textAt(doc: Y.Doc, resolved: ResolvedAnchor): string | null {
  if (resolved.state !== 'live') return null;
  return view(doc).pm.textBetween(resolved.range.from, resolved.range.to);
}

function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const paragraph = doc.getXmlFragment(FRAGMENT).get(index) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** Two replicas that exchange every update, unless `paused`. */
function replicas(paragraphs: string[]) {
  const a = docWith(paragraphs);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe('strategy text anchors', () => {
  it('quotes the selected text and resolves back to the same range', () => {
    const doc = docWith(['The quick brown fox', 'jumps over the lazy dog']);
    const { binding, pm } = view(doc);
    const range = find(pm, 'lazy dog');
    const anchor = strategyAnchorFor(binding, pm, range.from, range.to);
    expect(anchor.quote).toBe('lazy dog');
    expect(decodePosition(anchor.start)).not.toBeNull();
    expect(resolveStrategyAnchor(binding, anchor, pm)).toEqual({
      state: 'live',
      range,
    });
  });

  it('keeps the anchor on the same text when two people edit before and inside the paragraph at the same time', () => {
    const { a, b, sync } = replicas(['Intro paragraph', 'The quick brown fox jumps']);
    const inA = view(a);
    const range = find(inA.pm, 'brown fox');
    const anchor = strategyAnchorFor(inA.binding, inA.pm, range.from, range.to);

    // Concurrently: A writes at the start of the paragraph, B adds a paragraph above it
    // and types before the anchored words, neither seeing the other's change yet.
    paragraphText(a, 1).insert(0, 'Indeed, ');
    b.getXmlFragment(FRAGMENT).insert(0, [new Y.XmlElement('paragraph')]);
    paragraphText(b, 2).insert(4, 'very ');
    // B's anchor resolution before syncing already follows B's own edits.
    expect(textAt(b, resolveStrategyAnchor(view(b).binding, anchor, view(b).pm))).toBe('brown fox');
    sync();

    expect(paragraphText(a, 2).toJSON()).toBe('Indeed, The very quick brown fox jumps');
    for (const doc of [a, b]) {
      const { binding, pm } = view(doc);
      expect(textAt(doc, resolveStrategyAnchor(binding, anchor, pm))).toBe('brown fox');
    }
  });

  it('grows with text typed inside the range by the other person', () => {
    const { a, b, sync } = replicas(['The quick brown fox jumps']);
    const inA = view(a);
    const range = find(inA.pm, 'brown fox');
    const anchor = strategyAnchorFor(inA.binding, inA.pm, range.from, range.to);
    paragraphText(b, 0).insert('The quick brown'.length, ' little');
    sync();
    const { binding, pm } = view(a);
    expect(textAt(a, resolveStrategyAnchor(binding, anchor, pm))).toBe('brown little fox');
  });

  it('reads as deleted when the anchored words are deleted by the other person', () => {
    const { a, b, sync } = replicas(['The quick brown fox jumps']);
    const inA = view(a);
    const range = find(inA.pm, 'brown fox');
    const anchor = strategyAnchorFor(inA.binding, inA.pm, range.from, range.to);
    paragraphText(b, 0).delete('The quick '.length, 'brown fox'.length);
    sync();
    const { binding, pm } = view(a);
    expect(resolveStrategyAnchor(binding, anchor, pm)).toEqual({ state: 'deleted' });
  });

  it('reads as deleted when the whole paragraph holding it is removed', () => {
    const { a, b, sync } = replicas(['First', 'The quick brown fox jumps', 'Last']);
    const inA = view(a);
    const range = find(inA.pm, 'quick');
    const anchor = strategyAnchorFor(inA.binding, inA.pm, range.from, range.to);
    b.getXmlFragment(FRAGMENT).delete(1, 1);
    sync();
    const { binding, pm } = view(a);
    expect(resolveStrategyAnchor(binding, anchor, pm)).toEqual({ state: 'deleted' });
  });

  it('reads an anchor that is not a relative position as deleted instead of throwing', () => {
    const doc = docWith(['Text']);
    const { binding, pm } = view(doc);
    expect(resolveStrategyAnchor(binding, { start: '!!not base64', end: 'AAAA' }, pm)).toEqual({
      state: 'deleted',
    });
    expect(resolveStrategyAnchor(binding, { start: null, end: null }, pm)).toEqual({
      state: 'deleted',
    });
  });

  it('resolves a thousand anchors of a long strategy to their texts', () => {
    const paragraphs = Array.from(
      { length: 400 },
      (_, index) => `Paragraph ${index} says something worth discussing at length.`,
    );
    const doc = docWith(paragraphs);
    const { binding, pm } = view(doc);
    const anchors = Array.from({ length: 1000 }, (_, index) => {
      const range = find(pm, `Paragraph ${index % 400} says`);
      return { id: String(index), ...strategyAnchorFor(binding, pm, range.from, range.to) };
    });
    const started = performance.now();
    const resolved = resolveStrategyAnchors(binding, anchors, pm);
    const took = performance.now() - started;
    // A figure for the report (the browser measures the same in the editor), not an assertion.
    process.stdout.write(`resolved 1000 strategy anchors in ${took.toFixed(1)} ms (jsdom)\n`);
    expect(resolved.size).toBe(1000);
    expect(textAt(doc, resolved.get('999')!)).toBe('Paragraph 199 says');
  });
});

describe('the position table', () => {
  it('finds every position of a document with marks, breaks, lists and tables where y-prosemirror does', () => {
    const doc = new Y.Doc();
    const type = doc.getXmlFragment(FRAGMENT);
    const bold = new Y.XmlText();
    bold.insert(0, 'plain ');
    bold.insert(6, 'bold', { bold: true });
    bold.insert(10, ' tail');
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [bold, new Y.XmlElement('hardBreak'), new Y.XmlText('after break')]);
    const item = (text: string) => {
      const li = new Y.XmlElement('listItem');
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      li.insert(0, [p]);
      return li;
    };
    const list = new Y.XmlElement('bulletList');
    list.insert(0, [item('one'), item('two')]);
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', '2');
    heading.insert(0, [new Y.XmlText('Title')]);
    type.insert(0, [heading, paragraph, list]);

    const { doc: pm, mapping: untyped } = initProseMirrorDoc(type, schema);
    const mapping = untyped as ProsemirrorMapping;
    const binding = { doc, type, mapping };
    for (let pos = 0; pos <= pm.content.size; pos += 1) {
      if (!pm.resolve(pos).parent.isTextblock) continue;
      const anchor = strategyAnchorFor(binding, pm, pos, pos);
      const relative = decodePosition(anchor.start)!;
      const expected = relativePositionToAbsolutePosition(doc, type, relative, mapping);
      const resolved = resolveStrategyAnchor(
        binding,
        { start: anchor.start, end: anchor.start },
        pm,
      );
      // Collapsed ranges read as deleted; compare through a one-character range instead.
      expect(expected).toBe(pos);
      if (pos < pm.content.size && pm.resolve(pos + 1).parent === pm.resolve(pos).parent) {
        const wide = strategyAnchorFor(binding, pm, pos, pos + 1);
        expect(resolveStrategyAnchor(binding, wide, pm)).toEqual({
          state: 'live',
          range: { from: pos, to: pos + 1 },
        });
      } else {
        expect(resolved).toEqual({ state: 'deleted' });
      }
    }
  });
});
