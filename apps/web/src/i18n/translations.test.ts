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

describe('translations', () => {
  it('has exactly one locale file per shipped language', () => {
    const files = readdirSync(localesDir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(languages.map((language) => language.code).sort());
  });

  it('has no empty English string', () => {
    const empty = [...english].filter(([, value]) => typeof value !== 'string' || !value.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  describe.each(others)('%s', (code) => {
    const translated = flatten(load(code));

    it('has every English key, with a non-empty string', () => {
      const missing = [...english.keys()].filter((key) => {
        const value = translated.get(key);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect(missing).toEqual([]);
    });

    it('has no key that English lacks', () => {
      const extra = [...translated.keys()].filter((key) => !english.has(key));
      expect(extra).toEqual([]);
    });

    it('keeps the same {{placeholders}} as English', () => {
      const mismatched = [...english]
        .filter(([key, value]) => {
          const other = translated.get(key);
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
