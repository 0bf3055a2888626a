import { labelsFor, STRATEGY_LABELS } from './labels.js';
import { STRATEGY_LANGUAGES } from './schema.js';
import { SMART_ISSUES, SMART_LETTERS } from './smart.js';

function leaves(value: unknown, path = ''): Array<[string, unknown]> {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, `${path}.${key}`));
}

describe('STRATEGY_LABELS', () => {
  const english = leaves(STRATEGY_LABELS.en).map(([path]) => path);

  it.each(STRATEGY_LANGUAGES)('gives %s the same non-empty labels as English', (language) => {
    const labels = leaves(STRATEGY_LABELS[language]);
    expect(labels.map(([path]) => path)).toEqual(english);
    for (const [, text] of labels)
      expect(typeof text === 'string' && text.trim() !== '').toBe(true);
  });

  it('names every SMART issue and letter', () => {
    for (const language of STRATEGY_LANGUAGES) {
      const labels = STRATEGY_LABELS[language];
      for (const issue of SMART_ISSUES) expect(labels.smartIssues[issue]).toBeTruthy();
      for (const letter of SMART_LETTERS) expect(labels.smartLetters[letter]).toBeTruthy();
    }
  });

  it('falls back to English for an unknown or missing language', () => {
    expect(labelsFor('xx')).toBe(STRATEGY_LABELS.en);
    expect(labelsFor(undefined)).toBe(STRATEGY_LABELS.en);
    expect(labelsFor('fa')).toBe(STRATEGY_LABELS.fa);
  });
});
