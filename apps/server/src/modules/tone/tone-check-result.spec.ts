import { postBody, startVariant } from '@chorus/post-model';
import { STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import { createChecker, validateGuide } from '@chorus/tone-check';
import * as Y from 'yjs';
import { checkDocumentText, declaredLanguage, documentText } from './tone-check-result.js';

const checker = createChecker(
  validateGuide({
    thresholds: { blockBelow: 60, warnBelow: 80 },
    terms: [
      {
        id: 'no-cheap',
        severity: 'required',
        kind: 'banned',
        language: 'all',
        terms: ['cheap'],
        replacement: 'affordable',
      },
      { id: 'no-sale', severity: 'recommended', kind: 'banned', language: 'en', terms: ['sale'] },
    ],
    length: { id: 'fits', severity: 'required' },
  }),
);

function state(build: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  build(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('a document checked part by part', () => {
  it('reads a post as its base text and each network text, and a media plan not at all', () => {
    const post = state((doc) => {
      // A network's own text starts as a copy of the base: made first, it starts empty.
      startVariant(doc, 'x').insert(0, 'On X');
      postBody(doc).insert(0, 'Base');
    });
    expect(documentText('post', post)).toEqual({
      kind: 'post',
      base: 'Base',
      variants: { x: 'On X' },
    });
    expect(documentText('media_plan', post)).toBeNull();
  });

  it('reads a strategy as its non-empty paragraphs', () => {
    const strategy = state((doc) => {
      const paragraphs = ['First paragraph.', '', 'Second one.'].map((text) => {
        const paragraph = new Y.XmlElement('paragraph');
        if (text) paragraph.insert(0, [new Y.XmlText(text)]);
        return paragraph;
      });
      doc.getXmlFragment(STRATEGY_FRAGMENT).insert(0, paragraphs);
    });
    expect(documentText('strategy', strategy)).toEqual({
      kind: 'strategy',
      paragraphs: ['First paragraph.', 'Second one.'],
    });
  });

  it("declares the document's language, else the brand's first of the six, else English", () => {
    expect(declaredLanguage('uk', ['vi'])).toBe('uk');
    expect(declaredLanguage(null, ['de-DE', 'vi-VN'])).toBe('vi');
    expect(declaredLanguage(null, ['de'])).toBe('en');
  });

  it('scores a post by its worst text, sums the violations and names the part of each finding', () => {
    const long = 'Calm words about tea. '.repeat(20);
    const result = checkDocumentText(
      checker,
      { kind: 'post', base: long, variants: { telegram: 'A cheap sale.' } },
      'en',
      ['instagram', 'x', 'telegram'],
    );
    expect(result.findings.map((f) => [f.part, f.ruleId, f.text])).toEqual([
      // The base fits Instagram; only its length finding for X is added.
      ['base', 'fits', long.slice(result.findings[0]!.from)],
      ['telegram', 'no-cheap', 'cheap'],
      ['telegram', 'no-sale', 'sale'],
    ]);
    expect(result).toMatchObject({
      score: 69,
      verdict: 'block',
      requiredViolations: 2,
      recommendedViolations: 1,
    });
  });

  it('passes the ignore-once list to every part (the flagged text as written)', () => {
    const result = checkDocumentText(
      checker,
      { kind: 'post', base: 'Cheap cups.', variants: { x: 'cheap mugs' } },
      'en',
      ['facebook', 'x'],
      [{ ruleId: 'no-cheap', text: 'cheap' }],
    );
    expect(result.findings.map((f) => [f.part, f.text])).toEqual([['base', 'Cheap']]);
  });
});
