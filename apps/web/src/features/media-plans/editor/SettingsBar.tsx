import {
  updateSettings,
  validateSettings,
  type PlanErrorCode,
  type PlanView,
} from '@chorus/media-plan-model';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  MediaPlanSettingsFields,
  type MediaPlanSettingsValue,
} from '../components/MediaPlanSettingsFields';
import { currencyName } from '../currencies';
import type { PlanFormats } from '../plan-format';
import type { PlanWriter } from './use-plan-undo';

export interface SettingsBarProps {
  doc: Y.Doc;
  view: PlanView;
  editable: boolean;
  formats: PlanFormats;
  writer: PlanWriter;
}

/** The plan's flight, granularity and currency; editors change them in a dialog. */
export function SettingsBar({ doc, view, editable, formats, writer }: SettingsBarProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MediaPlanSettingsValue | null>(null);
  const [errors, setErrors] = useState<readonly PlanErrorCode[]>([]);
  const { settings } = view;
  // The plan became read-only (capability lost, a refusal): the open dialog closes unsaved.
  const [wasEditable, setWasEditable] = useState(editable);
  if (wasEditable !== editable) {
    setWasEditable(editable);
    if (!editable) setDraft(null);
  }

  const open = () => {
    setDraft({
      flightStart: settings.flightStart,
      flightEnd: settings.flightEnd,
      granularity: settings.granularity,
      currency: settings.currency,
    });
    setErrors([]);
  };
  const save = () => {
    if (!draft || !editable) return;
    const problems = validateSettings(draft);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const result = writer.write(() => updateSettings(doc, draft));
    if (result && !result.ok) {
      setErrors(result.errors);
      return;
    }
    setDraft(null);
  };

  const flight =
    settings.flightStart && settings.flightEnd
      ? t('mediaPlan.settings.flightRange', {
          start: formats.date(settings.flightStart),
          end: formats.date(settings.flightEnd),
        })
      : t('mediaPlan.settings.flightUnset');

  return (
    <>
      <Group
        justify="space-between"
        align="center"
        gap="sm"
        p="xs"
        style={{
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-md)',
        }}
        data-testid="media-plan-settings"
      >
        <Group gap="lg" wrap="wrap">
          <Text size="sm">
            <Text span fw={600}>
              {t('mediaPlan.settings.flight')}:
            </Text>{' '}
            {flight}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('mediaPlan.settings.granularity')}:
            </Text>{' '}
            {settings.granularity === 'week'
              ? t('mediaPlan.settings.weeks')
              : t('mediaPlan.settings.months')}
          </Text>
          <Text size="sm">
            <Text span fw={600}>
              {t('mediaPlan.settings.currency')}:
            </Text>{' '}
            {settings.currency} — {currencyName(settings.currency, formats.locale)}
          </Text>
        </Group>
        {editable ? (
          <Button variant="default" size="xs" onClick={open}>
            {t('mediaPlan.settings.edit')}
          </Button>
        ) : null}
      </Group>
      <Modal
        opened={draft !== null && editable}
        onClose={() => setDraft(null)}
        title={t('mediaPlan.settings.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {draft ? (
          <Stack gap="md">
            <MediaPlanSettingsFields
              value={draft}
              onChange={(value) => {
                setDraft(value);
                setErrors([]);
              }}
              errors={errors}
            />
            <Text size="xs" c="dimmed">
              {t('mediaPlan.settings.keptCells')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </Button>
              <Button onClick={save}>{t('mediaPlan.settings.save')}</Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
