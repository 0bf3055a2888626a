import { Button, Group, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrand } from '../../brands';
import { ShareReportButton } from '../../sharing';
import { Page } from '../../../ui';
import { useKpiDashboard, useRefreshKpis } from '../hooks/use-kpis';
import { defaultRange } from '../kpi-format';
import '../kpis.css';
import { ActualsGrid } from './ActualsGrid';
import { ActualsImportDialog } from './ActualsImportDialog';
import { KpiCorrections } from './KpiCorrections';
import { KpiDashboard } from './KpiDashboard';
import { KpiList } from './KpiList';
import { PostResults } from './PostResults';

/** The action of the permission matrix that enters, imports and manages KPIs. */
export const METRICS_EDIT = 'metrics.edit';

/**
 * A brand's results: the dashboard and the results per post (everyone on the brand reads
 * them), the KPIs, and the actuals. Entering, importing and managing KPIs are offered only
 * to the roles the server's matrix allows (`metrics.edit`), sharing the report as a
 * view-only link to those who manage links (`shareLink.manage`); the server checks again.
 */
export function KpisPage() {
  const { t } = useTranslation();
  const brand = useBrand();
  const refresh = useRefreshKpis();
  const canEdit = brand.myActions.includes(METRICS_EDIT);
  const [tab, setTab] = useState<string | null>('results');
  const [importing, setImporting] = useState(false);
  // The plan's currency, for forms that type money (the dashboard names it).
  const range = defaultRange(new Date());
  const { data } = useKpiDashboard(brand.id, range.from, range.to);
  const currency = data?.kpiDashboard.currency ?? 'USD';

  return (
    <Page title={t('kpis.title')}>
      <Group className="kpi-no-print">
        {canEdit && (
          <Button variant="light" onClick={() => setImporting(true)}>
            {t('kpis.import.open')}
          </Button>
        )}
        {/* A view-only link for a client, for those who manage the brand's links. */}
        <ShareReportButton
          brandId={brand.id}
          actions={brand.myActions}
          title={t('sharing.guest.reportOf', { brand: brand.name })}
        />
      </Group>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List className="kpi-no-print">
          <Tabs.Tab value="results">{t('kpis.tabs.results')}</Tabs.Tab>
          <Tabs.Tab value="posts">{t('kpis.tabs.posts')}</Tabs.Tab>
          <Tabs.Tab value="kpis">{t('kpis.tabs.kpis')}</Tabs.Tab>
          <Tabs.Tab value="actuals">{t('kpis.tabs.actuals')}</Tabs.Tab>
          <Tabs.Tab value="corrections">{t('kpis.tabs.corrections')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="results" pt="md">
          <KpiDashboard brandId={brand.id} brandName={brand.name} />
        </Tabs.Panel>
        <Tabs.Panel value="posts" pt="md">
          <PostResults brandId={brand.id} workspaceId={brand.workspaceId} />
        </Tabs.Panel>
        <Tabs.Panel value="kpis" pt="md">
          <KpiList brandId={brand.id} currency={currency} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="actuals" pt="md">
          <ActualsGrid brandId={brand.id} currency={currency} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="corrections" pt="md">
          <KpiCorrections brandId={brand.id} canEdit={canEdit} />
        </Tabs.Panel>
      </Tabs>
      {canEdit && (
        <ActualsImportDialog
          brandId={brand.id}
          opened={importing}
          onClose={() => setImporting(false)}
          onApplied={refresh}
        />
      )}
    </Page>
  );
}
