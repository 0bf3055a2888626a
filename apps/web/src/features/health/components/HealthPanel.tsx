import { Alert, Badge, Button, Group, Loader, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../../ui/status-colors';
import { useServerHealth } from '../hooks/use-server-health';

function useStatusLabel() {
  const { t } = useTranslation();
  return (status: string): string => {
    if (status === 'ok') return t('health.statusOk');
    if (status === 'degraded') return t('health.statusDegraded');
    // A status this version does not know yet is shown as the server sent it.
    return status;
  };
}

/**
 * Whether the server works, as GraphQL reports it, with loading and error states. Version,
 * uptime and the database's state are for operators (/readyz, /metrics), not visitors.
 */
export function HealthPanel() {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const { data, loading, error, refetch } = useServerHealth();

  const retry = () => {
    // A failure is rendered from the hook's `error`; the rejected promise carries nothing more.
    refetch().catch(() => undefined);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="health-title">
      <Title order={2} size="h3" id="health-title" mb="md">
        {t('health.title')}
      </Title>
      {loading ? (
        <Group gap="sm" role="status">
          <Loader size="sm" aria-hidden />
          <Text>{t('health.loading')}</Text>
        </Group>
      ) : error || !data ? (
        <Alert color="red" variant="outline" title={t('health.errorTitle')} role="alert">
          <Text mb="sm">{t('health.errorBody')}</Text>
          <Button variant="outline" color="red.9" onClick={retry}>
            {t('health.retry')}
          </Button>
        </Alert>
      ) : (
        <SimpleGrid component="dl" cols={2} spacing="xs" verticalSpacing="xs" maw={480} m={0}>
          <Text component="dt" fw={600}>
            {t('health.status')}
          </Text>
          <Text component="dd" m={0}>
            <Badge
              data-testid="health-status"
              data-status={data.health.status}
              color={data.health.status === 'ok' ? statusColors.positive : statusColors.warning}
              variant="filled"
            >
              {statusLabel(data.health.status)}
            </Badge>
          </Text>
        </SimpleGrid>
      )}
    </Paper>
  );
}
