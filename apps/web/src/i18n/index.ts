import i18next, { type BackendModule, type ReadCallback, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import {
  defaultLanguage,
  directionOf,
  isLanguageCode,
  languageStorageKey,
  languages,
  matchLanguage,
  type LanguageCode,
} from './languages';

export * from './languages';

/*
 * English is bundled because it is the fallback for any missing key; every other
 * language is a separate chunk fetched when it is first used, so adding strings does not
 * grow the initial download for everyone.
 */
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: ResourceKey }>> = {
  vi: () => import('./locales/vi.json'),
  fa: () => import('./locales/fa.json'),
  he: () => import('./locales/he.json'),
  uk: () => import('./locales/uk.json'),
  th: () => import('./locales/th.json'),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language: string, _namespace: string, callback: ReadCallback) {
    if (!isLanguageCode(language) || language === 'en') {
      callback(null, {});
      return;
    }
    loaders[language]().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function readStoredLanguage(): LanguageCode | undefined {
  try {
    const stored = window.localStorage.getItem(languageStorageKey);
    return isLanguageCode(stored) ? stored : undefined;
  } catch {
    // Storage can be disabled (privacy modes); the language is then not remembered.
    return undefined;
  }
}

/** The stored choice, else the browser's first shipped preference, else English. */
export function detectLanguage(): LanguageCode {
  const stored = readStoredLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return defaultLanguage;
}

/** Sets `lang` and `dir` on `<html>`; Mantine's DirectionProvider follows `dir`. */
export function applyLanguageToDocument(code: LanguageCode): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = directionOf(code);
}

/** The active language, normalised to a shipped code. */
export function currentLanguage(): LanguageCode {
  return matchLanguage(i18next.resolvedLanguage ?? i18next.language) ?? defaultLanguage;
}

/**
 * Starts i18next and aligns the document with the chosen language. Resolves once the
 * language's strings are loaded, so the first render is already translated.
 */
export async function initI18n(options: { language?: LanguageCode } = {}): Promise<typeof i18next> {
  const language = options.language ?? detectLanguage();
  applyLanguageToDocument(language);
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', (lng) => applyLanguageToDocument(matchLanguage(lng) ?? 'en'));
    await i18next
      .use(lazyLocales)
      .use(initReactI18next)
      .init({
        lng: language,
        fallbackLng: defaultLanguage,
        supportedLngs: languages.map((l) => l.code),
        load: 'languageOnly',
        resources: { en: { translation: en } },
        partialBundledLanguages: true,
        interpolation: { escapeValue: false },
      });
  } else {
    await i18next.changeLanguage(language);
  }
  return i18next;
}

/** Switches the interface language and remembers the choice for the next visit. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  try {
    window.localStorage.setItem(languageStorageKey, code);
  } catch {
    // Not remembered when storage is unavailable; switching still works.
  }
  await i18next.changeLanguage(code);
}

export { i18next as i18n };
export { useFormatters } from './use-formatters';
