import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialNetwork } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n';
import { FormAlert } from '../../../ui';
import { socialNetworks, suggestedLanguages, timeZoneOptions } from '../brand-options';

export interface BrandFormValues {
  name: string;
  description: string;
  communityConcept: string;
  networks: SocialNetwork[];
  contentLanguages: string[];
  timeZone: string;
  teamIds: string[];
}

export interface BrandFormProps {
  initial: BrandFormValues;
  teams: { id: string; name: string }[];
  submitLabel: string;
  busy: boolean;
  /** Message for a field, from the last failed request. */
  fieldError: (field: string) => string | undefined;
  formError: string | undefined;
  /** Shown under the buttons, e.g. "Saved". */
  status?: ReactNode;
  onSubmit: (values: BrandFormValues) => void;
  onCancel?: () => void;
}

/** A brand's settings: used to create a brand and to edit one. */
export function BrandForm({
  initial,
  teams,
  submitLabel,
  busy,
  fieldError,
  formError,
  status,
  onSubmit,
  onCancel,
}: BrandFormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [values, setValues] = useState(initial);
  const [nameMissing, setNameMissing] = useState(false);
  const zones = useMemo(() => timeZoneOptions(initial.timeZone), [initial.timeZone]);
  const set = <K extends keyof BrandFormValues>(key: K, value: BrandFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNameMissing(!values.name.trim());
    if (!values.name.trim()) return;
    onSubmit({
      ...values,
      name: values.name.trim(),
      contentLanguages: values.contentLanguages.map((tag) => tag.trim()).filter(Boolean),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('brandForm.name')}
          dir="auto"
          name="name"
          required
          maxLength={100}
          value={values.name}
          onChange={(event) => set('name', event.currentTarget.value)}
          error={nameMissing ? t('signUp.missing') : fieldError('name')}
        />
        <Textarea
          label={t('brandForm.description')}
          dir="auto"
          description={t('brandForm.descriptionHint')}
          name="description"
          autosize
          minRows={2}
          maxLength={5000}
          value={values.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={fieldError('description')}
        />
        <Textarea
          label={t('brandForm.communityConcept')}
          dir="auto"
          description={t('brandForm.communityConceptHint')}
          name="communityConcept"
          autosize
          minRows={2}
          maxLength={5000}
          value={values.communityConcept}
          onChange={(event) => set('communityConcept', event.currentTarget.value)}
          error={fieldError('communityConcept')}
        />
        <MultiSelect
          label={t('brandForm.networks')}
          placeholder={values.networks.length ? undefined : t('brandForm.networksPlaceholder')}
          data={socialNetworks}
          value={values.networks}
          onChange={(value) => set('networks', value)}
          searchable
          clearable
          nothingFoundMessage={t('brandForm.nothingFound')}
          error={fieldError('networks')}
        />
        <TagsInput
          label={t('brandForm.contentLanguages')}
          description={t('brandForm.contentLanguagesHint')}
          placeholder={
            values.contentLanguages.length ? undefined : t('brandForm.contentLanguagesPlaceholder')
          }
          data={suggestedLanguages}
          value={values.contentLanguages}
          onChange={(value) => set('contentLanguages', value)}
          renderOption={({ option }) => (
            <span>
              <bdi>{option.value}</bdi> — {format.language(option.value)}
            </span>
          )}
          clearable
          error={fieldError('contentLanguages')}
        />
        <NativeSelect
          label={t('brandForm.timeZone')}
          description={t('brandForm.timeZoneHint')}
          value={values.timeZone}
          onChange={(event) => set('timeZone', event.currentTarget.value)}
          data={zones}
          error={fieldError('timeZone')}
        />
        <MultiSelect
          label={t('brandForm.teams')}
          description={t('brandForm.teamsHint')}
          placeholder={values.teamIds.length ? undefined : t('brandForm.teamsPlaceholder')}
          data={teams.map((team) => ({ value: team.id, label: team.name }))}
          value={values.teamIds}
          onChange={(value) => set('teamIds', value)}
          searchable
          clearable
          nothingFoundMessage={t('brandForm.noTeams')}
          error={fieldError('teamIds')}
        />
        {teams.length === 0 && <Text size="sm">{t('brandForm.noTeamsYet')}</Text>}
        <FormAlert message={formError} />
        {status}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
