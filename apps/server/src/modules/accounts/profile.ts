import { AppError } from '../../platform/errors/index.js';

/** The languages the web app is translated into. */
export const INTERFACE_LANGUAGES = ['en', 'vi', 'fa', 'he', 'uk', 'th'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** One of INTERFACE_LANGUAGES, or VALIDATION on `interfaceLanguage`. */
export function validInterfaceLanguage(value: string): InterfaceLanguage {
  const language = INTERFACE_LANGUAGES.find((code) => code === value.trim());
  if (!language) {
    throw AppError.validation(
      'interfaceLanguage',
      `Choose one of the interface languages: ${INTERFACE_LANGUAGES.join(', ')}.`,
    );
  }
  return language;
}
