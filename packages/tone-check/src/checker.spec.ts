import { describe, expect, it } from '@jest/globals';
import { check, createChecker, MAX_TEXT_LENGTH } from './checker.js';
import { ToneInputError } from './errors.js';
import { LANGUAGES } from './languages.js';
import { MESSAGES } from './messages.js';
import { scoreOf } from './score.js';
import { renderTemplate } from './templates.js';
import { validateGuide } from './validate.js';

const thresholds = { blockBelow: 60, warnBelow: 80 };

const mixed = validateGuide({
  thresholds,
  terms: [
    {
      id: 'en-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'en',
      terms: ['cheap'],
      replacement: 'affordable',
    },
    {
      id: 'vi-cheap',
      severity: 'required',
      kind: 'banned',
      language: 'vi',
      terms: ['giá rẻ'],
      replacement: 'giá tốt',
    },
    {
      id: 'uk-cheap',
      severity: 'recommended',
      kind: 'banned',
      language: 'uk',
      terms: ['дешевий'],
      replacement: 'вигідний',
    },
    {
      id: 'he-sale',
      severity: 'required',
      kind: 'banned',
      language: 'he',
      terms: ['מבצע'],
      replacement: 'הטבה',
    },
  ],
  escalation: [
    {
      id: 'refund',
      severity: 'required',
      name: 'Refunds',
      language: 'all',
      terms: ['refund', 'hoàn tiền'],
    },
  ],
  hashtags: { id: 'brand-tag', severity: 'required', required: ['LotusTea'] },
});

describe('check', () => {
  it('gives offsets into the whole text and reads each paragraph in its own language', () => {
    const text =
      'Cheap tea for everyone at our house #LotusTea\nTrà ngon giá rẻ cho mọi nhà\nНаш дешевий чай уже в крамницях';
    const result = check(text, 'en', mixed);
    expect(result.languages).toEqual(['en', 'vi', 'uk']);
    expect(result.findings.map((f) => [f.ruleId, text.slice(f.from, f.to), f.paragraph])).toEqual([
      ['en-cheap', 'Cheap', 0],
      ['vi-cheap', 'giá rẻ', 1],
      ['uk-cheap', 'дешевий', 2],
    ]);
  });

  it('puts right-to-left findings at the offsets of the typed text', () => {
    const text = 'שלום!\nהמבצע שלנו מתחיל היום #LotusTea';
    const [finding] = check(text, 'he', mixed).findings;
    expect(finding?.from).toBe(text.indexOf('מבצע'));
    expect(finding?.to).toBe(text.indexOf('מבצע') + 4);
    expect(finding?.replacement).toBe('הטבה');
  });

  it('blocks a required violation, warns under the threshold and passes a clean text', () => {
    expect(check('Cheap tea #LotusTea', 'en', mixed).verdict).toBe('block');
    const clean = check('Fresh tea for the whole family #LotusTea', 'en', mixed);
    expect(clean).toMatchObject({ verdict: 'pass', score: 100, findings: [] });
    const guide = validateGuide({
      thresholds: { blockBelow: 50, warnBelow: 95 },
      emoji: { id: 'e', severity: 'recommended', policy: 'none' },
    });
    expect(check('Tea 🍵', 'en', guide)).toMatchObject({ verdict: 'warn', score: 94 });
  });

  it('reports a missing required tag about the whole text, with no range', () => {
    const [finding] = check('Fresh tea for the whole family', 'en', mixed).findings;
    expect(finding).toMatchObject({ ruleId: 'brand-tag', paragraph: null, from: 0, to: 0 });
  });

  it('lists escalation topics without lowering the score', () => {
    const result = check('Can I get a refund? #LotusTea', 'en', mixed);
    expect(result.escalations).toEqual(['refund']);
    expect(result.score).toBe(100);
    expect(result.findings.map((f) => f.kind)).toEqual(['escalation']);
  });

  it('drops a finding ignored once for the same rule and text', () => {
    const result = check('Cheap tea #LotusTea', 'en', mixed, {
      ignore: [{ ruleId: 'en-cheap', text: 'Cheap' }],
    });
    expect(result).toMatchObject({ findings: [], verdict: 'pass', score: 100 });
  });

  it('writes messages in the reader’s locale', () => {
    const [finding] = check('Cheap tea #LotusTea', 'en', mixed, { locale: 'uk' }).findings;
    expect(finding?.message).toBe('«Cheap» — слово, якого бренд не вживає: напишіть «affordable»');
    for (const locale of LANGUAGES) {
      for (const [key, message] of Object.entries(MESSAGES[locale])) {
        expect(message.length).toBeGreaterThan(0);
        if (locale !== 'en')
          expect([locale, message]).not.toEqual([locale, MESSAGES.en[key as 'emoji_none']]);
      }
    }
  });

  it('weighs required violations most and caps a repeated one', () => {
    expect(scoreOf([{ ruleId: 'a', severity: 'required' }])).toBe(75);
    expect(scoreOf([{ ruleId: 'b', severity: 'recommended' }])).toBe(94);
    const many = Array.from({ length: 10 }, () => ({
      ruleId: 'b',
      severity: 'recommended' as const,
    }));
    expect(scoreOf(many)).toBe(82);
  });
});

describe('checkParagraphs', () => {
  it('analyses again only the paragraph that changed', () => {
    const checker = createChecker(mixed);
    const paragraphs = [
      'Fresh tea for everyone at our house',
      'Trà ngon cho mọi nhà',
      'Новий чай уже тут #LotusTea',
    ];
    checker.checkParagraphs(paragraphs, 'en');
    expect(checker.analysed).toBe(3);
    const edited = [paragraphs[0]!, 'Trà ngon giá rẻ cho mọi nhà', paragraphs[2]!];
    const result = checker.checkParagraphs(edited, 'en');
    expect(checker.analysed).toBe(4);
    // Offsets are the paragraph's own.
    expect(result.findings.map((f) => [f.paragraph, f.from, f.to])).toEqual([[1, 9, 15]]);
  });

  it('recombines the text-wide rules when an unchanged paragraph moves', () => {
    const checker = createChecker(mixed);
    expect(checker.checkParagraphs(['Fresh tea', '#LotusTea'], 'en').verdict).toBe('pass');
    expect(checker.checkParagraphs(['Fresh tea'], 'en').verdict).toBe('block');
    expect(checker.analysed).toBe(2);
  });
});

describe('length, links and readability', () => {
  const guide = validateGuide({
    thresholds,
    length: { id: 'len', severity: 'required', networks: ['x', 'telegram'] },
    links: { id: 'utm', severity: 'recommended', requireUtm: true },
    readability: [{ id: 'easy', severity: 'recommended', language: 'en', minScore: 60 }],
  });

  it('marks what runs past the network’s limit, counting emoji as one character', () => {
    const first = '👨‍👩‍👧'.repeat(200);
    const second = 'x'.repeat(100);
    const result = check(`${first}\n${second}`, 'en', guide, { network: 'x' });
    const [finding] = result.findings;
    // 200 family emoji + the line break = 201 characters; the 280th is the 79th x.
    expect(finding).toMatchObject({
      ruleId: 'len',
      paragraph: 1,
      params: { count: 301, max: 280 },
    });
    expect(finding?.from).toBe(first.length + 1 + 79);
    expect(check('x'.repeat(280), 'en', guide, { network: 'x' }).findings).toEqual([]);
    expect(
      check('x'.repeat(1100), 'en', guide, { network: 'telegram', withMedia: true }).findings,
    ).toHaveLength(1);
    expect(check('x'.repeat(1100), 'en', guide, { network: 'instagram' }).findings).toEqual([]);
  });

  it('asks for UTM tags on untagged links', () => {
    const result = check(
      'See https://lotus.example/menu?utm_source=x and www.lotus.example/shop.',
      'en',
      guide,
    );
    expect(result.findings.map((f) => f.params.term)).toEqual(['www.lotus.example/shop']);
  });

  it('scores English readability and flags a hard text', () => {
    const easy = 'We make tea. It is good. You can come in. We are here all day. '.repeat(4);
    const hard =
      'Organisational communication methodologies necessitate comprehensive institutional considerations regarding multidimensional stakeholder interrelationships. '.repeat(
        3,
      );
    expect(check(easy, 'en', guide).findings).toEqual([]);
    const result = check(hard, 'en', guide);
    expect(result.readability[0]?.score).toBeLessThan(60);
    expect(result.findings.map((f) => f.kind)).toEqual(['readability']);
  });
});

describe('bounds', () => {
  const guide = validateGuide({
    thresholds,
    emoji: { id: 'e', severity: 'recommended', policy: 'none' },
  });

  it('refuses a text of one megabyte with a typed error', () => {
    const text = 'a'.repeat(1_048_576);
    expect(() => check(text, 'en', guide)).toThrow(ToneInputError);
    expect(() => createChecker(guide).checkParagraphs(text.match(/.{1,1000}/gu)!, 'en')).toThrow(
      expect.objectContaining({ code: 'text_too_long' }),
    );
    expect(MAX_TEXT_LENGTH).toBeLessThan(1_048_576);
  });

  it('checks 100,000 emoji and returns the first findings with every one counted', () => {
    const result = check('😀'.repeat(100_000), 'en', guide);
    expect(result.violations.recommended).toBe(100_000);
    expect(result.findings).toHaveLength(500);
    expect(result.truncated).toBe(true);
    expect(result.score).toBe(82);
  }, 30_000);
});

describe('renderTemplate', () => {
  const { templates } = validateGuide({
    thresholds,
    templates: [
      {
        id: 'thanks',
        name: 'Thanks',
        language: 'vi',
        body: 'Cảm ơn {{name}} đã ghé {{shop}}!',
        variables: [
          { name: 'name', required: true },
          { name: 'shop', required: false },
        ],
      },
    ],
  });

  it('fills variables and tidies an empty optional one', () => {
    expect(renderTemplate(templates[0]!, { name: 'chị Lan', shop: 'Lotus' })).toBe(
      'Cảm ơn chị Lan đã ghé Lotus!',
    );
    expect(renderTemplate(templates[0]!, { name: 'chị Lan' })).toBe('Cảm ơn chị Lan đã ghé!');
  });

  it('refuses a missing required variable, naming it', () => {
    expect(() => renderTemplate(templates[0]!, { shop: 'Lotus' })).toThrow(
      expect.objectContaining({ code: 'missing_variable', field: 'name' }),
    );
  });
});

describe('pathological input', () => {
  const guide = validateGuide({
    thresholds,
    address: [{ id: 'th', severity: 'required', language: 'th', choice: 'female' }],
    terms: [
      {
        id: 't',
        severity: 'required',
        kind: 'banned',
        language: 'all',
        terms: ['ราคาถูก', 'aaa*', 'a a'],
      },
    ],
    hashtags: { id: 'h', severity: 'recommended', max: 1 },
    caps: { id: 'c', severity: 'recommended', maxWords: 0 },
    links: { id: 'l', severity: 'recommended', requireUtm: true },
  });

  it.each([
    ['Thai without a space', 'ราคาถูกมากครับ'.repeat(10_000), 'th'],
    ['one long word', 'a'.repeat(200_000), 'en'],
    ['a long word in capitals', 'A'.repeat(200_000), 'en'],
    ['hash signs', '#a'.repeat(100_000), 'en'],
    ['a long link', `https://x.example/${'a'.repeat(200_000)}`, 'en'],
    ['at signs and dots', 'a@b.'.repeat(50_000), 'en'],
  ])(
    'checks %s up to the size limit in bounded time',
    (_what, text, language) => {
      const result = check(text, language as 'en', guide, { maxFindings: 5 });
      expect(result.findings.length).toBeLessThanOrEqual(5);
    },
    60_000,
  );
});
