import { Alert, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { METRIC_IDS, type MetricId } from '@chorus/kpi-model';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '@chorus/post-model';
import { useTranslation } from 'react-i18next';
import { type ActualsMapping, mappingIssues } from '../kpi-files';
import { metricLabel } from './kpi-labels';

export interface ActualsMappingStepProps {
  headers: readonly string[];
  mapping: ActualsMapping;
  onChange: (mapping: ActualsMapping) => void;
  /** The network of the whole file, when no column names it. */
  network: NetworkId | null;
  onNetworkChange: (network: NetworkId | null) => void;
}

type Field = 'period' | 'network' | 'post' | 'currency';

/**
 * Which column holds the month (or day), the network, the post and the currency, and which
 * holds each metric — pre-filled from the headers the networks' exports use. What keeps
 * the mapping from being checked is listed under it.
 */
export function ActualsMappingStep({
  headers,
  mapping,
  onChange,
  network,
  onNetworkChange,
}: ActualsMappingStepProps) {
  const { t } = useTranslation();
  const options = [...new Set(headers.filter((h) => h.trim() !== ''))];
  const issues = mappingIssues(mapping, headers, network);

  const setField = (field: Field, value: string | null) => {
    const next: Record<string, unknown> = { ...mapping };
    if (value) next[field] = value;
    else if (field === 'period') next.period = '';
    else delete next[field];
    onChange(next as unknown as ActualsMapping);
  };
  const setMetric = (metric: MetricId, value: string | null) => {
    const metrics = { ...mapping.metrics };
    if (value) metrics[metric] = value;
    else delete metrics[metric];
    onChange({ ...mapping, metrics });
  };
  const fieldSelect = (field: Field) => (
    <Select
      key={field}
      label={t(`kpis.import.fields.${field}`)}
      placeholder={t('kpis.import.none')}
      data={options}
      value={mapping[field] || null}
      clearable
      searchable
      required={field === 'period'}
      onChange={(value) => setField(field, value)}
    />
  );

  return (
    <Stack gap="md" data-testid="actuals-mapping">
      <Text size="sm">{t('kpis.import.mappingIntro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {fieldSelect('period')}
        {fieldSelect('network')}
        {!mapping.network && (
          <Select
            label={t('kpis.import.fileNetwork')}
            placeholder={t('kpis.import.none')}
            data={NETWORK_IDS.map((id) => ({ value: id, label: NETWORKS[id].label }))}
            value={network}
            clearable
            onChange={(value) => onNetworkChange(value ?? null)}
          />
        )}
        {fieldSelect('post')}
        {fieldSelect('currency')}
      </SimpleGrid>
      <Text fw={500} size="sm">
        {t('kpis.import.metricsTitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {METRIC_IDS.map((metric) => (
          <Select
            key={metric}
            label={metricLabel(t, metric)}
            placeholder={t('kpis.import.none')}
            data={options}
            value={mapping.metrics[metric] ?? null}
            clearable
            searchable
            onChange={(value) => setMetric(metric, value)}
          />
        ))}
      </SimpleGrid>
      {issues.length > 0 && (
        <Alert color="orange" title={t('kpis.import.mappingIssues')} data-testid="mapping-issues">
          <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
            {issues.map((issue) => (
              <li key={`${issue.code}-${'header' in issue ? issue.header : ''}`}>
                {t(`kpis.import.issues.${issue.code}`, {
                  header: 'header' in issue ? issue.header : '',
                })}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </Stack>
  );
}
