import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import '../kpis.css';
import { KpiDashboard } from './KpiDashboard';
import { PostResults } from './PostResults';

export interface SharedReportProps {
  brandId: string;
  brandName: string;
  /** Told of a failed read of the dashboard (the link may be gone). */
  onError?: (error: unknown) => void;
}

/**
 * A brand's KPI report for a report link's guest: the results (goal progress, month over
 * month, by network, by media-plan block and row) and the results per post, read-only —
 * no KPI list, no actuals, no import, no targets, no correction notes (those are the team's)
 * — with print (PDF) and CSV/XLSX export as on the Results page.
 */
export function SharedReport({ brandId, brandName, onError }: SharedReportProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('results');
  return (
    <Tabs value={tab} onChange={setTab} keepMounted={false}>
      <Tabs.List className="kpi-no-print">
        <Tabs.Tab value="results">{t('kpis.tabs.results')}</Tabs.Tab>
        <Tabs.Tab value="posts">{t('kpis.tabs.posts')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="results" pt="md">
        <KpiDashboard brandId={brandId} brandName={brandName} onError={onError} />
      </Tabs.Panel>
      <Tabs.Panel value="posts" pt="md">
        <PostResults brandId={brandId} />
      </Tabs.Panel>
    </Tabs>
  );
}
