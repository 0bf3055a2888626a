import { describe, expect, it } from '@jest/globals';
import { check } from './checker.js';
import { CORPORA } from './corpus/index.js';
import { validateGuide } from './validate.js';

describe.each(CORPORA.map((corpus) => [corpus.language, corpus] as const))(
  'the %s corpus',
  (language, corpus) => {
    const guide = validateGuide(corpus.guide);

    it.each(corpus.cases.map((item) => [item.about, item] as const))('%s', (_about, item) => {
      const result = check(item.text, language, guide);
      const found = result.findings.map((f) => [f.ruleId, item.text.slice(f.from, f.to)]);
      expect(found).toEqual(item.expect.map(([ruleId, text]) => [ruleId, text]));
      if (item.replacements) {
        expect(result.findings.map((f) => f.replacement)).toEqual(item.replacements);
      }
      // Script and diacritics decide each sentence's language without help.
      expect(result.languages).toEqual([language]);
    });
  },
);
