import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguageCode, languages, matchLanguage } from '../../i18n';

/** Picks the interface language; the choice is remembered in localStorage. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const value = matchLanguage(i18n.resolvedLanguage) ?? 'en';

  return (
    <NativeSelect
      aria-label={t('language.label')}
      name="language"
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLanguageCode(next)) void changeLanguage(next);
      }}
    >
      {languages.map((language) => (
        // Each name is in its own language; `lang` lets screen readers pronounce it.
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </NativeSelect>
  );
}
