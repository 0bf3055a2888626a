/** Text direction of a language, as used by the `dir` attribute. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The languages Chorus ships. `name` is the language's own name (endonym): a language
 * switcher lists each language as its speakers write it, so these are not translated.
 */
export const languages = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'he', name: 'עברית', dir: 'rtl' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'th', name: 'ไทย', dir: 'ltr' },
] as const satisfies readonly { code: string; name: string; dir: TextDirection }[];

export type LanguageCode = (typeof languages)[number]['code'];

export const defaultLanguage: LanguageCode = 'en';

/** localStorage key that remembers the language a person picked. */
export const languageStorageKey = 'chorus.language';

export function isLanguageCode(value: unknown): value is LanguageCode {
  return languages.some((language) => language.code === value);
}

export function directionOf(code: LanguageCode): TextDirection {
  return languages.find((language) => language.code === code)?.dir ?? 'ltr';
}

/** Maps a BCP 47 tag such as `he-IL` or `pt-BR` to a shipped language, if any. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split('-')[0];
  return isLanguageCode(base) ? base : undefined;
}
