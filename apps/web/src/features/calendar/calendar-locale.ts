/**
 * The reader's first day of the week, as FullCalendar counts (0 Sunday … 6 Saturday). The
 * reader's own locale decides when its language is the one the app shows (en-GB starts on
 * Monday, en-US on Sunday); otherwise the app language's usual region.
 */
export function firstDayOfWeek(appLanguage: string, readerLocales: readonly string[]): number {
  const language = appLanguage.split('-')[0]!.toLowerCase();
  const reader = readerLocales.find(
    (tag) => tag.split('-')[0]!.toLowerCase() === language && tag.includes('-'),
  );
  const fromIntl = weekStartOf(reader ?? DEFAULT_REGION[language] ?? appLanguage);
  if (fromIntl !== null) return fromIntl % 7;
  return FALLBACK_FIRST_DAY[language] ?? 1;
}

/** The locale whose week the app language follows when the reader's own says nothing. */
const DEFAULT_REGION: Readonly<Record<string, string>> = {
  en: 'en-US',
  uk: 'uk-UA',
  vi: 'vi-VN',
  fa: 'fa-IR',
  he: 'he-IL',
  th: 'th-TH',
};

/** CLDR's first days for those regions, for browsers without Intl week information. */
const FALLBACK_FIRST_DAY: Readonly<Record<string, number>> = {
  en: 0,
  uk: 1,
  vi: 1,
  fa: 6,
  he: 0,
  th: 0,
};

interface WeekInfo {
  firstDay: number;
}

/** Intl's first day (1 Monday … 7 Sunday), or null where the browser does not say. */
function weekStartOf(tag: string): number | null {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    return info && Number.isInteger(info.firstDay) ? info.firstDay : null;
  } catch {
    return null;
  }
}

/** Whether the language is written right to left (the calendar mirrors its grid). */
export function isRightToLeft(language: string): boolean {
  return ['he', 'fa', 'ar', 'ur'].includes(language.split('-')[0]!.toLowerCase());
}
