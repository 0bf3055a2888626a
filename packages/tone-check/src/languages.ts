/** The six languages Chorus writes and reads (ISO 639-1), as the web app's locales. */
export const LANGUAGES = ['en', 'vi', 'fa', 'he', 'uk', 'th'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left: editors decorate them with the same UTF-16 offsets. */
export const RTL_LANGUAGES: readonly Language[] = ['fa', 'he'];
