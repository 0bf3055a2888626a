import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpointsQuery } from '../../../gql/graphql';
import { readProblem, useFormProblem, useProblemMessage } from '../../../errors';
import { ConfirmDialog, FormAlert, statusColors, useConfirmedAction } from '../../../ui';
import { eventLabelKey } from '../event-labels';
import {
  useCreateWebhook,
  useDeleteWebhook,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhook,
  useWebhookEndpoints,
} from '../hooks/use-integrations';
import { DeliveryLog } from './DeliveryLog';
import { SecretReveal } from './SecretReveal';
import { WebhookForm, type WebhookFormValues } from './WebhookForm';

type Endpoint = WebhookEndpointsQuery['webhookEndpoints'][number];

const EMPTY: WebhookFormValues = {
  url: '',
  description: '',
  eventTypes: ['post.scheduled'],
  active: true,
};

/** The brand's outgoing webhooks (`integration.manage`): add, edit, delete, log, test. */
export function WebhooksSection({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { data, error } = useWebhookEndpoints(brandId);
  const [createWebhook, creating] = useCreateWebhook(brandId);
  const [updateWebhook, updating] = useUpdateWebhook();
  const [deleteWebhook] = useDeleteWebhook(brandId);
  const [rotateSecret] = useRotateWebhookSecret();
  const [form, setForm] = useState<{ endpoint: Endpoint | null } | null>(null);
  const [secret, setSecret] = useState<{ endpointId: string; value: string } | null>(null);
  const problem = useFormProblem(['url', 'description', 'eventTypes'], {
    VALIDATION: t('integrations.webhooks.urlInvalid'),
  });
  const deleting = useConfirmedAction((endpoint: Endpoint) =>
    deleteWebhook({ variables: { endpointId: endpoint.id } }),
  );
  const rotating = useConfirmedAction(
    async (endpoint: Endpoint) => {
      const result = await rotateSecret({ variables: { endpointId: endpoint.id } });
      return result.data?.rotateWebhookSecret.secret ?? '';
    },
    { onDone: (value, endpoint) => setSecret({ endpointId: endpoint.id, value }) },
  );

  const save = async (values: WebhookFormValues) => {
    problem.clear();
    try {
      if (form?.endpoint) {
        await updateWebhook({ variables: { input: { endpointId: form.endpoint.id, ...values } } });
      } else {
        const { url, description, eventTypes } = values;
        const result = await createWebhook({
          variables: { input: { brandId, url, description, eventTypes } },
        });
        const created = result.data?.createWebhookEndpoint;
        if (created) setSecret({ endpointId: created.endpoint.id, value: created.secret });
      }
      setForm(null);
    } catch (cause) {
      problem.fail(cause);
    }
  };

  const endpoints = data?.webhookEndpoints ?? [];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="webhooks">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="webhooks">
          {t('integrations.webhooks.title')}
        </Title>
        <Button
          onClick={() => {
            problem.clear();
            setForm({ endpoint: null });
          }}
        >
          {t('integrations.webhooks.add')}
        </Button>
      </Group>
      <Stack gap="md">
        <Text maw={720}>{t('integrations.webhooks.description')}</Text>
        <FormAlert message={error ? message(readProblem(error)) : undefined} />
        {data && endpoints.length === 0 && <Text>{t('integrations.webhooks.none')}</Text>}
        {endpoints.map((endpoint) => (
          <EndpointCard
            key={endpoint.id}
            endpoint={endpoint}
            secret={secret?.endpointId === endpoint.id ? secret.value : null}
            onEdit={() => {
              problem.clear();
              setForm({ endpoint });
            }}
            onDelete={() => deleting.ask(endpoint)}
            onRotate={() => rotating.ask(endpoint)}
          />
        ))}
      </Stack>
      {form && (
        <WebhookForm
          opened
          title={
            form.endpoint
              ? t('integrations.webhooks.editTitle')
              : t('integrations.webhooks.addTitle')
          }
          initial={
            form.endpoint
              ? {
                  url: form.endpoint.url,
                  description: form.endpoint.description,
                  eventTypes: form.endpoint.eventTypes,
                  active: form.endpoint.active,
                }
              : EMPTY
          }
          eventTypes={data?.webhookEventTypes ?? []}
          editing={form.endpoint !== null}
          busy={creating.loading || updating.loading}
          fieldError={problem.fieldError}
          formError={problem.formError}
          onSubmit={(values) => void save(values)}
          onClose={() => setForm(null)}
        />
      )}
      <ConfirmDialog
        {...deleting.dialog}
        title={t('integrations.webhooks.deleteTitle')}
        confirmLabel={t('integrations.webhooks.delete')}
      >
        {t('integrations.webhooks.deleteBody')}
      </ConfirmDialog>
      <ConfirmDialog
        {...rotating.dialog}
        title={t('integrations.webhooks.rotateTitle')}
        confirmLabel={t('integrations.webhooks.rotateSecret')}
      >
        {t('integrations.webhooks.rotateBody')}
      </ConfirmDialog>
    </Paper>
  );
}

function EndpointCard({
  endpoint,
  secret,
  onEdit,
  onDelete,
  onRotate,
}: {
  endpoint: Endpoint;
  secret: string | null;
  onEdit: () => void;
  onDelete: () => void;
  onRotate: () => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const [showLog, setShowLog] = useState(false);
  const [sendTest, sending] = useSendTestWebhook(endpoint.id);
  const [testError, setTestError] = useState<string | undefined>();

  const test = async () => {
    setTestError(undefined);
    try {
      await sendTest({ variables: { endpointId: endpoint.id } });
      setShowLog(true);
    } catch (cause) {
      setTestError(message(readProblem(cause)));
    }
  };

  return (
    <Paper withBorder p="md" data-testid="webhook-endpoint">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} miw={0}>
            <Text fw={600} dir="ltr" style={{ overflowWrap: 'anywhere', textAlign: 'start' }}>
              {endpoint.url}
            </Text>
            {endpoint.description && <Text size="sm">{endpoint.description}</Text>}
          </Stack>
          <Badge variant="outline" color={endpoint.active ? statusColors.positive : 'gray.9'}>
            {endpoint.active
              ? t('integrations.webhooks.active')
              : t('integrations.webhooks.paused')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('integrations.webhooks.events')}:{' '}
          {endpoint.eventTypes.map((name) => t(eventLabelKey(name))).join(', ')}
        </Text>
        {secret && (
          <SecretReveal
            label={t('integrations.webhooks.secretLabel')}
            value={secret}
            hint={t('integrations.webhooks.secretHint')}
            testId="webhook-secret"
          />
        )}
        <FormAlert message={testError} />
        <Group gap="xs">
          <Button size="xs" variant="outline" onClick={() => setShowLog(!showLog)}>
            {showLog ? t('integrations.webhooks.hideLog') : t('integrations.webhooks.showLog')}
          </Button>
          <Button size="xs" variant="outline" loading={sending.loading} onClick={() => void test()}>
            {t('integrations.webhooks.sendTest')}
          </Button>
          <Button size="xs" variant="outline" onClick={onEdit}>
            {t('integrations.webhooks.edit')}
          </Button>
          <Button size="xs" variant="outline" onClick={onRotate}>
            {t('integrations.webhooks.rotateSecret')}
          </Button>
          <Button size="xs" variant="outline" color="red.9" onClick={onDelete}>
            {t('integrations.webhooks.delete')}
          </Button>
        </Group>
        {showLog && <DeliveryLog endpointId={endpoint.id} />}
      </Stack>
    </Paper>
  );
}
