import { Checkbox, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, matchLanguage, type LanguageCode } from '../../../i18n';
import { defineCreateFields, type CreateFieldsProps } from '../../documents';

/** What a new strategy asks for besides its title. */
export interface StrategyCreateValue {
  /** The language it is written in (the reader's by default). */
  language: LanguageCode;
  /** Whether to start from the SMM strategy template (yes by default). */
  fromTemplate: boolean;
}

/** The language of a new strategy and whether it starts from the template. */
export function StrategyCreateFields({
  value,
  onChange,
  fieldError,
}: CreateFieldsProps<StrategyCreateValue>) {
  const { t } = useTranslation();
  return (
    <>
      <NativeSelect
        label={t('documents.list.languageField')}
        description={t('documents.list.languageHint')}
        value={value.language}
        onChange={(event) => {
          const chosen = matchLanguage(event.currentTarget.value);
          if (chosen) onChange({ ...value, language: chosen });
        }}
        error={fieldError('language')}
      >
        {languages.map((option) => (
          // Each language in its own name, marked so screen readers pronounce it.
          <option key={option.code} value={option.code} lang={option.code}>
            {option.name}
          </option>
        ))}
      </NativeSelect>
      <Checkbox
        label={t('documents.list.fromTemplate')}
        description={t('documents.list.fromTemplateHint')}
        checked={value.fromTemplate}
        onChange={(event) => onChange({ ...value, fromTemplate: event.currentTarget.checked })}
      />
    </>
  );
}

/** The create dialog's strategy fields, as the kind registry takes them. */
export const strategyCreateFields = defineCreateFields<StrategyCreateValue>({
  initial: ({ uiLanguage }) => ({
    language: matchLanguage(uiLanguage) ?? 'en',
    fromTemplate: true,
  }),
  Fields: StrategyCreateFields,
  isValid: () => true,
  toInput: (value) => ({ language: value.language, fromTemplate: value.fromTemplate }),
  serverFields: ['language'],
});
