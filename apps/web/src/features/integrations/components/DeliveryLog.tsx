import { Badge, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveriesQuery } from '../../../gql/graphql';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, statusColors, useConfirmedAction } from '../../../ui';
import { eventLabelKey } from '../event-labels';
import { useRedeliverWebhook, useWebhookDeliveries } from '../hooks/use-integrations';

type Delivery = WebhookDeliveriesQuery['webhookDeliveries'][number];

const STATUS_COLOR: Record<string, string> = {
  PENDING: statusColors.warning,
  DELIVERED: statusColors.positive,
  FAILED: 'red.9',
};

/** A webhook's latest deliveries with every attempt; redeliver any of them. */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const { data, error, refetch, loading, startPolling, stopPolling } =
    useWebhookDeliveries(endpointId);
  const pending = data?.webhookDeliveries.some((delivery) => delivery.status === 'PENDING');
  // While a delivery is still being tried, its retries show up without a click.
  useEffect(() => {
    if (pending) startPolling(3000);
    else stopPolling();
    return () => stopPolling();
  }, [pending, startPolling, stopPolling]);
  const [redeliver] = useRedeliverWebhook(endpointId);
  const redelivering = useConfirmedAction((deliveryId: string) =>
    redeliver({ variables: { deliveryId } }),
  );
  const deliveries = data?.webhookDeliveries ?? [];

  const statusLabel = (status: string) =>
    status === 'DELIVERED'
      ? t('integrations.log.delivered')
      : status === 'FAILED'
        ? t('integrations.log.failed')
        : t('integrations.log.pending');

  const attemptText = (attempt: Delivery['attempts'][number]) =>
    t('integrations.log.attempt', {
      n: format.number(attempt.attempt),
      result:
        attempt.statusCode != null ? `HTTP ${attempt.statusCode}` : t('integrations.log.noAnswer'),
      ms: format.number(attempt.durationMs),
    });

  return (
    <Stack gap="xs" data-testid="delivery-log">
      <Group justify="space-between">
        <Title order={4} size="h5">
          {t('integrations.log.title')}
        </Title>
        <Button variant="subtle" size="xs" loading={loading} onClick={() => void refetch()}>
          {t('integrations.log.refresh')}
        </Button>
      </Group>
      <FormAlert message={error ? message(readProblem(error)) : redelivering.error} />
      {data && deliveries.length === 0 ? (
        <Text>{t('integrations.log.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('integrations.log.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('integrations.log.event')}</Table.Th>
                <Table.Th>{t('integrations.log.status')}</Table.Th>
                <Table.Th>{t('integrations.log.time')}</Table.Th>
                <Table.Th>{t('integrations.log.attempts')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('integrations.log.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.map((delivery) => (
                <Table.Tr key={delivery.id} data-testid="delivery-row">
                  <Table.Td>{t(eventLabelKey(delivery.eventType))}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={STATUS_COLOR[delivery.status] ?? 'gray.9'}>
                      {statusLabel(delivery.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{format.dateTime(delivery.createdAt)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      {delivery.attempts.map((attempt) => (
                        <Text key={attempt.attempt} size="sm" title={attempt.error ?? undefined}>
                          {attemptText(attempt)}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {delivery.status !== 'PENDING' && (
                      <Button
                        size="xs"
                        variant="outline"
                        disabled={redelivering.busy}
                        onClick={() => redelivering.run(delivery.id)}
                      >
                        {t('integrations.log.redeliver')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
