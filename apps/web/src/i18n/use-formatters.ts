import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates, numbers and language names in the reader's language, through Intl. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const numberFormat = new Intl.NumberFormat(locale);
    let languageNames: Intl.DisplayNames | undefined;
    try {
      languageNames = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      languageNames = undefined;
    }
    return {
      date: (iso: unknown) => dateFormat.format(new Date(String(iso))),
      dateTime: (iso: unknown) => dateTimeFormat.format(new Date(String(iso))),
      number: (value: number) => numberFormat.format(value),
      /** "Vietnamese" for "vi"; the tag itself when Intl does not know it. */
      language: (tag: string) => {
        try {
          return languageNames?.of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
    };
  }, [locale]);
}
