import { describe, expect, it } from '@jest/globals';
import { ToneRuleError } from './errors.js';
import { createChecker } from './checker.js';
import { validateGuide } from './validate.js';

const thresholds = { blockBelow: 60, warnBelow: 80 };

function refusal(guide: unknown): { code: string; field: string } {
  try {
    validateGuide(guide);
  } catch (error) {
    if (error instanceof ToneRuleError) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('the guide was accepted');
}

const banned = (terms: unknown[], extra: object = {}): object => ({
  thresholds,
  terms: [{ id: 't1', severity: 'required', kind: 'banned', language: 'en', terms, ...extra }],
});

describe('validateGuide', () => {
  it('accepts a full guideline and drops keys it does not know', () => {
    const guide = validateGuide({
      thresholds,
      surprise: true,
      traits: [{ id: 'warm', name: 'Warm', do: ['We are glad you came'], dont: ['Dear customer'] }],
      address: [{ id: 'a', severity: 'required', language: 'uk', choice: 'formal' }],
      terms: [
        {
          id: 't',
          severity: 'recommended',
          kind: 'preferred',
          language: 'all',
          terms: ['tea shop'],
          replacement: 'tea house',
        },
      ],
      emoji: { id: 'e', severity: 'recommended', policy: 'max', max: 3 },
      hashtags: {
        id: 'h',
        severity: 'required',
        max: 5,
        required: ['#LotusTea'],
        banned: ['spam'],
      },
      exclamations: { id: 'x', severity: 'recommended', max: 2, noRepeats: true },
      caps: { id: 'c', severity: 'recommended', maxWords: 1 },
      links: { id: 'l', severity: 'required', requireUtm: true },
      length: { id: 'n', severity: 'required', networks: ['x', 'instagram'], maxCharacters: 1000 },
      readability: [{ id: 'r', severity: 'recommended', language: 'en', minScore: 50 }],
      escalation: [
        { id: 'esc', severity: 'required', name: 'Refunds', language: 'all', terms: ['refund'] },
      ],
      templates: [
        {
          id: 'tpl',
          name: 'Thanks',
          language: 'en',
          body: 'Thank you, {{first_name}}!',
          variables: [{ name: 'first_name', required: true }],
        },
      ],
    });
    expect(guide).not.toHaveProperty('surprise');
    expect(guide.hashtags?.required).toEqual(['LotusTea']);
    expect(guide.length?.networks).toEqual(['x', 'instagram']);
    expect(guide.templates[0]?.variables[0]?.name).toBe('first_name');
  });

  it.each([
    ['a regular expression', banned(['cheap', '(a+)+$']), 'invalid_pattern', 'terms[0].terms[1]'],
    ['a star inside a term', banned(['ch*eap']), 'invalid_pattern', 'terms[0].terms[0]'],
    ['a term of punctuation only', banned(['!!!']), 'invalid_pattern', 'terms[0].terms[0]'],
    ['an empty banned term', banned(['  ']), 'empty_term', 'terms[0].terms[0]'],
    ['an empty term list', banned([]), 'empty_term', 'terms[0].terms'],
    [
      'a replacement equal to the term (case and NFC aside)',
      banned(['Cheap'], { replacement: 'cheap' }),
      'replacement_equals_term',
      'terms[0].replacement',
    ],
    [
      'a threshold above 100',
      { thresholds: { blockBelow: 60, warnBelow: 120 } },
      'threshold_out_of_range',
      'thresholds.warnBelow',
    ],
    [
      'a negative threshold',
      { thresholds: { blockBelow: -1, warnBelow: 80 } },
      'threshold_out_of_range',
      'thresholds.blockBelow',
    ],
    [
      'inverted thresholds',
      { thresholds: { blockBelow: 90, warnBelow: 80 } },
      'thresholds_inverted',
      'thresholds.warnBelow',
    ],
    [
      'a form of address for English',
      {
        thresholds,
        address: [{ id: 'a', severity: 'required', language: 'en', choice: 'formal' }],
      },
      'unsupported_language',
      'address[0].language',
    ],
    [
      'a choice the language does not have',
      {
        thresholds,
        address: [{ id: 'a', severity: 'required', language: 'vi', choice: 'formal' }],
      },
      'invalid_field',
      'address[0].choice',
    ],
    [
      'a readability target for Thai',
      {
        thresholds,
        readability: [{ id: 'r', severity: 'required', language: 'th', minScore: 50 }],
      },
      'unsupported_language',
      'readability[0].language',
    ],
    [
      'a readability target outside 0–100',
      {
        thresholds,
        readability: [{ id: 'r', severity: 'required', language: 'en', minScore: 101 }],
      },
      'threshold_out_of_range',
      'readability[0].minScore',
    ],
    [
      'two rules with one id',
      {
        thresholds,
        terms: [
          { id: 'same', severity: 'required', kind: 'banned', language: 'en', terms: ['a1'] },
          { id: 'same', severity: 'required', kind: 'banned', language: 'en', terms: ['b1'] },
        ],
      },
      'duplicate_id',
      'terms[1].id',
    ],
    [
      'an unknown network',
      { thresholds, length: { id: 'n', severity: 'required', networks: ['myspace'] } },
      'unknown_network',
      'length.networks[0]',
    ],
    [
      'a severity that is neither',
      { thresholds, emoji: { id: 'e', severity: 'sometimes', policy: 'none' } },
      'invalid_field',
      'emoji.severity',
    ],
    [
      'an allow list entry that is no emoji',
      {
        thresholds,
        emoji: { id: 'e', severity: 'required', policy: 'allow-list', allowed: ['abc'] },
      },
      'invalid_field',
      'emoji.allowed[0]',
    ],
    [
      'a template slot nobody declared',
      {
        thresholds,
        templates: [{ id: 't', name: 'T', language: 'en', body: 'Hi {{name}}', variables: [] }],
      },
      'invalid_template',
      'templates[0].body',
    ],
    [
      'a declared template variable the body never uses',
      {
        thresholds,
        templates: [
          {
            id: 't',
            name: 'T',
            language: 'en',
            body: 'Hi',
            variables: [{ name: 'name', required: false }],
          },
        ],
      },
      'invalid_template',
      'templates[0].variables[0].name',
    ],
    ['no thresholds', {}, 'invalid_field', 'thresholds'],
  ])('refuses %s with a typed error naming the field', (_what, guide, code, field) => {
    expect(refusal(guide)).toEqual({ code, field });
  });

  it('refuses a known ReDoS pattern instead of compiling it', () => {
    for (const pattern of ['(a+)+$', '(a|aa)+', '^(([a-z])+.)+[A-Z]([a-z])+$', '(.*a){20}']) {
      expect(refusal(banned([pattern])).code).toBe('invalid_pattern');
    }
  });

  it('matches long runs of one letter against long term lists in linear time', () => {
    // What a backtracking engine chokes on: many overlapping candidates over a long run.
    const terms = Array.from(
      { length: 200 },
      (_, i) => `${'a '.repeat(1 + (i % 10)).trim()} b${i}`,
    );
    const guide = validateGuide(banned([...terms, 'a*']));
    const text = `${'a '.repeat(50_000)}!`;
    const result = createChecker(guide).check(text, 'en', { detect: false, maxFindings: 10 });
    // Every word is an "a*" hit and no phrase completes (no "b…" follows).
    expect(result.violations.required).toBe(50_000);
    expect(result.findings).toHaveLength(10);
    expect(result.truncated).toBe(true);
  }, 30_000);
});
