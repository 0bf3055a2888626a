import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { directionOf, isLanguageCode } from '../../../i18n';
import { PageLoader } from '../../../ui';
import { dashboardCsv, dashboardTables, download, type ExportLabels } from '../dashboard-export';
import { defaultRange, monthsBetween } from '../kpi-format';
import { useKpiDashboard } from '../hooks/use-kpis';
import { useReportXlsx } from '../hooks/use-report-xlsx';
import { ChannelResults } from './ChannelResults';
import { GoalProgress } from './GoalProgress';
import { metricLabel, networkLabel, serverText } from './kpi-labels';
import { MonthOverMonthTable, NetworkMonthOverMonth } from './MonthOverMonthTable';
import { PlanResults } from './PlanResults';

export interface KpiDashboardProps {
  brandId: string;
  brandName: string;
  /** Told of a failed read (a report link's guest page ends when the link is gone). */
  onError?: (error: unknown) => void;
}

/**
 * The results of a range of months: goal progress per KPI, month over month, results per
 * network with the derived measures, per media-plan block and row; printable (print CSS, in the reader's language and
 * direction) and downloadable as CSV or XLSX.
 */
export function KpiDashboard({ brandId, brandName, onError }: KpiDashboardProps) {
  const { t, i18n } = useTranslation();
  const message = useProblemMessage();
  const language = i18n.resolvedLanguage ?? 'en';
  const rtl = isLanguageCode(language) && directionOf(language) === 'rtl';
  const [range, setRange] = useState(() => defaultRange(new Date()));
  const valid = /^\d{4}-\d{2}$/.test(range.from) && /^\d{4}-\d{2}$/.test(range.to);
  const ordered = valid && monthsBetween(range.from, range.to).length > 0;
  const { data, error, loading } = useKpiDashboard(brandId, range.from, range.to, !ordered);
  const dashboard = ordered ? data?.kpiDashboard : undefined;
  useEffect(() => {
    if (error) onError?.(error);
  }, [error, onError]);

  const xlsx = useReportXlsx(brandId);
  const labels: ExportLabels = {
    header: (key) => serverText(t, `kpis.columns.${key}`, key),
    metric: (id) => metricLabel(t, id),
    network: (id) => networkLabel(t, id),
    status: (status) => serverText(t, `kpis.status.${status}`, status),
    reason: (reason) =>
      `— ${serverText(t, `kpis.reasons.${reason ?? 'missing_data'}`, reason ?? '')}`,
    text: (key, values) => serverText(t, key, key, values),
  };
  const fileName = `kpis-${range.from}-${range.to}`;

  const exportCsv = () => {
    if (!dashboard) return;
    download(dashboardCsv(dashboard, labels), `${fileName}.csv`);
  };

  const exportXlsx = async () => {
    if (!dashboard) return;
    const { kpis, networks, plan } = dashboardTables(dashboard, labels);
    const workbook = await xlsx.request(fileName, [
      { name: t('kpis.report.sheetKpis'), rows: kpis },
      { name: t('kpis.report.sheetNetworks'), rows: networks },
      { name: t('kpis.report.sheetPlan'), rows: plan },
    ]);
    if (workbook) download(workbook, `${fileName}.xlsx`);
  };

  return (
    <Stack gap="lg" className="kpi-report" data-testid="kpi-dashboard">
      <Title order={2} size="h3" className="kpi-print-only">
        {t('kpis.report.title', { brand: brandName, from: range.from, to: range.to })}
      </Title>
      <Group align="flex-end" className="kpi-no-print">
        <TextInput
          type="month"
          label={t('kpis.range.from')}
          value={range.from}
          onChange={(event) => setRange((r) => ({ ...r, from: event.currentTarget.value }))}
        />
        <TextInput
          type="month"
          label={t('kpis.range.to')}
          value={range.to}
          onChange={(event) => setRange((r) => ({ ...r, to: event.currentTarget.value }))}
        />
        <Button variant="default" onClick={() => window.print()} disabled={!dashboard}>
          {t('kpis.report.print')}
        </Button>
        <Button variant="default" onClick={exportCsv} disabled={!dashboard}>
          {t('kpis.report.exportCsv')}
        </Button>
        <Button
          variant="default"
          onClick={() => void exportXlsx()}
          loading={xlsx.busy}
          disabled={!dashboard}
        >
          {t('kpis.report.exportXlsx')}
        </Button>
      </Group>
      {xlsx.failed && (
        <Alert color="red" className="kpi-no-print">
          {t('kpis.report.exportFailed')}
        </Alert>
      )}
      {!ordered && <Alert color="red">{t('kpis.range.invalid')}</Alert>}
      {error && !dashboard && <Alert color="red">{message(readProblem(error))}</Alert>}
      {loading && !dashboard && ordered && <PageLoader label={t('app.loading')} />}
      {dashboard && (
        <>
          <Stack gap="sm" component="section">
            <Title order={2} size="h4">
              {t('kpis.dashboard.progress')}
            </Title>
            <GoalProgress dashboard={dashboard} rtl={rtl} />
          </Stack>
          <Stack gap="sm" component="section">
            <Title order={2} size="h4">
              {t('kpis.dashboard.monthOverMonth')}
            </Title>
            <MonthOverMonthTable dashboard={dashboard} />
            <NetworkMonthOverMonth dashboard={dashboard} />
          </Stack>
          <Stack gap="sm" component="section">
            <Title order={2} size="h4">
              {t('kpis.dashboard.byNetwork')}
            </Title>
            <ChannelResults dashboard={dashboard} rtl={rtl} />
          </Stack>
          <Stack gap="sm" component="section">
            <Title order={2} size="h4">
              {t('kpis.dashboard.byPlan')}
            </Title>
            <PlanResults dashboard={dashboard} rtl={rtl} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
