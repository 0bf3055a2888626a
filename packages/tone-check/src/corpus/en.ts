import { THRESHOLDS, type Corpus } from './types.js';

export const EN_CORPUS: Corpus = {
  language: 'en',
  guide: {
    thresholds: THRESHOLDS,
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
        id: 'en-house',
        severity: 'recommended',
        kind: 'preferred',
        language: 'all',
        terms: ['tea shop', 'teashop'],
        replacement: 'tea house',
      },
      {
        id: 'en-guarantee',
        severity: 'recommended',
        kind: 'banned',
        language: 'en',
        terms: ['guarantee*'],
      },
    ],
    emoji: { id: 'emoji', severity: 'recommended', policy: 'allow-list', allowed: ['🍵', '🌿'] },
    hashtags: { id: 'tags', severity: 'recommended', max: 2, banned: ['followforfollow'] },
    exclamations: { id: 'bang', severity: 'recommended', max: 1, noRepeats: true },
    caps: { id: 'caps', severity: 'recommended', maxWords: 1, allowed: ['LOTUS'] },
    links: { id: 'utm', severity: 'required', requireUtm: true, exemptHosts: ['lotus.tea'] },
  },
  cases: [
    {
      about: 'a preferred term across two words',
      text: 'Our tea shop opens at nine.',
      expect: [['en-house', 'tea shop']],
      replacements: ['tea house'],
    },
    {
      about: 'case folding, a wildcard and a repeated exclamation mark',
      text: 'Cheap tea, guaranteed freshness!!',
      expect: [
        ['en-cheap', 'Cheap'],
        ['en-guarantee', 'guaranteed'],
        ['bang', '!!'],
      ],
    },
    {
      about: 'an emoji outside the allow list',
      text: 'Try our new blend 🍵🌿🍰',
      expect: [['emoji', '🍰']],
    },
    {
      about: 'an untagged link is flagged; tagged and exempt links are not',
      text: 'Menu: https://example.com/menu, https://example.com/menu?utm_source=instagram and https://lotus.tea/go.',
      expect: [['utm', 'https://example.com/menu']],
    },
    {
      about: 'words in capitals past the allowance, a banned tag and one tag too many',
      text: 'LOTUS BIG SALE TODAY #tea #followforfollow #matcha',
      expect: [
        ['caps', 'TODAY'],
        ['tags', '#followforfollow'],
        ['tags', '#matcha'],
      ],
    },
    {
      about: 'the second exclamation mark in a text is one too many',
      text: 'New blend! Come taste it! cheaply priced.',
      expect: [['bang', '!']],
    },
    {
      about: 'plain prose passes',
      text: 'We pick the leaves by hand in the hills above the river and dry them in the sun.',
      expect: [],
    },
    {
      about: 'plain prose with a list passes',
      text: 'Ask us about the spring collection, the oolong with lotus and the green tea with jasmine.',
      expect: [],
    },
  ],
};
