import {
  defaultSettings,
  GRANULARITIES,
  type Granularity,
  type PlanErrorCode,
  type SettingsInput,
} from '@chorus/media-plan-model';
import { Group, NativeSelect, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyOptions } from '../currencies';
import { usePlanErrorText } from '../hooks/use-plan-error-text';

/** The settings a person picks for a media plan: flight, granularity and currency. */
export type MediaPlanSettingsValue = SettingsInput;

export interface MediaPlanSettingsFieldsProps {
  value: MediaPlanSettingsValue;
  onChange: (value: MediaPlanSettingsValue) => void;
  /** Problems to show under the fields they concern (from `validateSettings` or a writer). */
  errors?: readonly PlanErrorCode[];
  disabled?: boolean;
}

const START_ERRORS: readonly PlanErrorCode[] = ['start_invalid'];
const END_ERRORS: readonly PlanErrorCode[] = ['end_invalid', 'end_before_start', 'too_long'];

function isoDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, i) => String(part).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** Settings proposed for a new plan (the model's default, from the reader's own calendar day). */
export function defaultMediaPlanSettings(today = new Date()): MediaPlanSettingsValue {
  return defaultSettings(isoDate(today));
}

/**
 * Controlled form fields for a media plan's settings (the create dialog and the plan's own
 * settings dialog): first and last day of the flight, week or month columns, currency (the
 * common ones, or any ISO 4217 code typed in).
 */
export function MediaPlanSettingsFields({
  value,
  onChange,
  errors = [],
  disabled = false,
}: MediaPlanSettingsFieldsProps) {
  const { t, i18n } = useTranslation();
  const errorText = usePlanErrorText();
  const locale = i18n.resolvedLanguage ?? 'en';
  const [search, setSearch] = useState('');
  const errorOf = (codes: readonly PlanErrorCode[]) => {
    const found = errors.filter((code) => codes.includes(code));
    return found.length > 0 ? found.map(errorText).join(' ') : undefined;
  };
  const granularityLabel: Record<Granularity, string> = {
    week: t('mediaPlan.settings.weeks'),
    month: t('mediaPlan.settings.months'),
  };

  return (
    <Stack gap="sm">
      <Group grow align="flex-start" gap="sm">
        <TextInput
          type="date"
          label={t('mediaPlan.settings.flightStart')}
          value={value.flightStart}
          onChange={(event) => onChange({ ...value, flightStart: event.currentTarget.value })}
          error={errorOf(START_ERRORS)}
          disabled={disabled}
          required
        />
        <TextInput
          type="date"
          label={t('mediaPlan.settings.flightEnd')}
          value={value.flightEnd}
          onChange={(event) => onChange({ ...value, flightEnd: event.currentTarget.value })}
          error={errorOf(END_ERRORS)}
          disabled={disabled}
          required
        />
      </Group>
      <Group grow align="flex-start" gap="sm">
        <NativeSelect
          label={t('mediaPlan.settings.granularity')}
          value={value.granularity}
          data={GRANULARITIES.map((g) => ({ value: g, label: granularityLabel[g] }))}
          onChange={(event) =>
            onChange({ ...value, granularity: event.currentTarget.value as Granularity })
          }
          error={errorOf(['granularity_invalid'])}
          disabled={disabled}
        />
        <Select
          label={t('mediaPlan.settings.currency')}
          description={t('mediaPlan.settings.currencyHint')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={currencyOptions(locale, value.currency, search)}
          value={value.currency}
          onChange={(code) => {
            if (code) onChange({ ...value, currency: code });
          }}
          allowDeselect={false}
          nothingFoundMessage={t('mediaPlan.settings.currencyUnknown')}
          error={errorOf(['currency_invalid', 'currency_change_too_large'])}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>
    </Stack>
  );
}
