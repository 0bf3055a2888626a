import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { languages } from './languages';

type Tree = { [key: string]: string | Tree };

const localesDir = path.join(__dirname, 'locales');

function load(code: string): Tree {
  return JSON.parse(readFileSync(path.join(localesDir, `${code}.json`), 'utf8')) as Tree;
}

/** Every leaf as `dotted.key → value`; a nested object that is not a string counts as a leaf too. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [nestedKey, nestedValue] of flatten(value, dotted)) {
        entries.set(nestedKey, nestedValue);
      }
    } else {
      entries.set(dotted, value);
    }
  }
  return entries;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1] ?? '').sort();
}

const english = flatten(load('en'));
const others = languages.map((language) => language.code).filter((code) => code !== 'en');

/**
 * Plurals (i18next's `key_one`, `key_other`…): a key is plural when English has `key_other`.
 * Each language must then give exactly the forms its plural rules use (Intl.PluralRules,
 * which i18next follows): Ukrainian one/few/many/other, Vietnamese and Thai only other.
 */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const pluralBases = new Set(
  [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -6)),
);
function pluralBase(key: string): string | undefined {
  const base = key.replace(PLURAL_SUFFIX, '');
  return base !== key && pluralBases.has(base) ? base : undefined;
}
function pluralForms(code: string): string[] {
  return new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();
}
/** Every key `code` must have: its own plural forms in place of English's. */
function expectedKeys(code: string): string[] {
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const base = pluralBase(key);
    if (base === undefined) keys.add(key);
    else for (const form of pluralForms(code)) keys.add(`${base}_${form}`);
  }
  return [...keys];
}
/** What a key's placeholders are compared with in English (a plural form: `_other`). */
function englishFor(key: string): unknown {
  const base = pluralBase(key);
  return english.get(base === undefined ? key : `${base}_other`);
}

describe('translations', () => {
  it('has exactly one locale file per shipped language', () => {
    const files = readdirSync(localesDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(languages.map((language) => language.code).sort());
  });

  it('gives every English plural exactly the English plural forms', () => {
    expect(pluralBases.size).toBeGreaterThan(0);
    const keys = [...english.keys()];
    const extra = keys.filter(
      (key) => pluralBase(key) !== undefined && !expectedKeys('en').includes(key),
    );
    const missing = expectedKeys('en').filter((key) => !english.has(key));
    const mismatched = keys.filter((key) => {
      const value = english.get(key);
      const other = englishFor(key);
      return (
        typeof value === 'string' &&
        typeof other === 'string' &&
        placeholders(value).join() !== placeholders(other).join()
      );
    });
    expect({ extra, missing, mismatched }).toEqual({ extra: [], missing: [], mismatched: [] });
  });

  it('has no empty English string', () => {
    const empty = [...english].filter(([, value]) => typeof value !== 'string' || !value.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  describe.each(others)('%s', (code) => {
    const translated = flatten(load(code));

    it('has every English key (plurals in its own forms), with a non-empty string', () => {
      const missing = expectedKeys(code).filter((key) => {
        const value = translated.get(key);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(missing).toEqual([]);
    });

    it('has no key that English lacks', () => {
      const expected = new Set(expectedKeys(code));
      const extra = [...translated.keys()].filter((key) => !expected.has(key));
      expect(extra).toEqual([]);
    });

    it('keeps the same {{placeholders}} as English', () => {
      const mismatched = [...translated]
        .filter(([key, other]) => {
          const value = englishFor(key);
          return (
            typeof value === 'string' &&
            typeof other === 'string' &&
            placeholders(value).join() !== placeholders(other).join()
          );
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    });
  });
});
