import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CalendarFeedSection } from './CalendarFeedSection';
import { KpiApiTokensSection } from './KpiApiTokensSection';
import { WebhooksSection } from './WebhooksSection';

/**
 * The brand's integrations on its settings page: the reader's own calendar feed (anyone
 * who reads posts), the webhooks (`integration.manage`: owners, admins, leads) and personal
 * API tokens for posting KPI actuals (`metrics.edit`).
 */
export function BrandIntegrations({
  brandId,
  actions,
}: {
  brandId: string;
  actions: readonly string[];
}) {
  const { t } = useTranslation();
  const feed = actions.includes('post.read');
  const webhooks = actions.includes('integration.manage');
  const kpiTokens = actions.includes('metrics.edit');
  if (!feed && !webhooks && !kpiTokens) return null;
  return (
    <Stack gap="md" component="section" aria-labelledby="brand-integrations">
      <Title order={2} size="h3" id="brand-integrations">
        {t('integrations.title')}
      </Title>
      <Text maw={720}>{t('integrations.intro')}</Text>
      {feed && <CalendarFeedSection brandId={brandId} />}
      {webhooks && <WebhooksSection brandId={brandId} />}
      {kpiTokens && <KpiApiTokensSection brandId={brandId} />}
    </Stack>
  );
}
