import { Button, Checkbox, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import { eventLabelKey } from '../event-labels';

export interface WebhookFormValues {
  url: string;
  description: string;
  eventTypes: string[];
  active: boolean;
}

/** Adds or edits a webhook: target URL, description, events, and (when editing) on/off. */
export function WebhookForm({
  opened,
  title,
  initial,
  eventTypes,
  editing,
  busy,
  fieldError,
  formError,
  onSubmit,
  onClose,
}: {
  opened: boolean;
  title: string;
  initial: WebhookFormValues;
  eventTypes: readonly string[];
  editing: boolean;
  busy: boolean;
  fieldError: (field: string) => string | undefined;
  formError: string | undefined;
  onSubmit: (values: WebhookFormValues) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [noEvents, setNoEvents] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (values.eventTypes.length === 0) {
      setNoEvents(true);
      return;
    }
    onSubmit({ ...values, url: values.url.trim(), description: values.description.trim() });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('integrations.webhooks.url')}
            description={t('integrations.webhooks.urlHint')}
            required
            type="url"
            dir="ltr"
            placeholder="https://"
            value={values.url}
            error={fieldError('url')}
            onChange={(event) => setValues({ ...values, url: event.currentTarget.value })}
          />
          <TextInput
            label={t('integrations.webhooks.descriptionLabel')}
            maxLength={200}
            value={values.description}
            error={fieldError('description')}
            onChange={(event) => setValues({ ...values, description: event.currentTarget.value })}
          />
          <Checkbox.Group
            label={t('integrations.webhooks.events')}
            value={values.eventTypes}
            error={
              noEvents && values.eventTypes.length === 0
                ? t('integrations.webhooks.eventsMissing')
                : fieldError('eventTypes')
            }
            onChange={(eventTypes) => setValues({ ...values, eventTypes })}
          >
            <Stack gap={6} mt={6}>
              {eventTypes.map((name) => (
                <Checkbox
                  key={name}
                  value={name}
                  label={
                    <>
                      {t(eventLabelKey(name))} <bdi dir="ltr">({name})</bdi>
                    </>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {editing && (
            <Switch
              label={t('integrations.webhooks.activeLabel')}
              checked={values.active}
              onChange={(event) => setValues({ ...values, active: event.currentTarget.checked })}
            />
          )}
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('integrations.webhooks.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
