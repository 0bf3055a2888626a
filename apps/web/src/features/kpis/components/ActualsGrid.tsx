import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { METRIC_IDS, METRICS } from '@chorus/kpi-model';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '@chorus/post-model';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { cellKey, cellProblem, changedCells, typedActuals } from '../actuals-grid';
import { useKpiDashboard, useUpsertKpiActuals } from '../hooks/use-kpis';
import { addMonths, monthLabel, monthOf, monthsBetween, typedNumber } from '../kpi-format';
import { metricLabel } from './kpi-labels';

export interface ActualsGridProps {
  brandId: string;
  canEdit: boolean;
}

/**
 * Actuals per network × metric × month: a table of number inputs (one network at a time,
 * three months ending with the chosen one). Money is typed in the plan's currency; an
 * emptied cell clears the actual; saving sends the changed cells in one request.
 */
export function ActualsGrid({ brandId, canEdit }: ActualsGridProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const message = useProblemMessage();
  const [network, setNetwork] = useState<NetworkId>('instagram');
  const [last, setLast] = useState(() => monthOf(new Date()));
  const validMonth = /^\d{4}-\d{2}$/.test(last);
  const months = validMonth ? monthsBetween(addMonths(last, -2), last) : [];
  const { data } = useKpiDashboard(brandId, months[0] ?? last, last, !validMonth);
  const currency = data?.kpiDashboard.currency ?? 'USD';
  const stored = useMemo(
    () => typedActuals(data?.kpiDashboard.actuals ?? [], currency),
    [data, currency],
  );
  const [edited, setEdited] = useState<Map<string, number | string>>(new Map());
  const [upsert, { loading, error }] = useUpsertKpiActuals();
  const [saved, setSaved] = useState<number | null>(null);

  const valueOf = (key: string): number | string => edited.get(key) ?? stored.get(key) ?? '';
  const typed = new Map([...edited].map(([key, value]) => [key, typedNumber(value)]));
  const problems = [...typed.entries()].filter(([key, value]) => {
    const metric = key.split('|')[1] as (typeof METRIC_IDS)[number];
    return cellProblem(metric, value, currency) !== null;
  });
  const changes = changedCells(stored, typed, currency);

  const save = async () => {
    if (problems.length > 0 || changes.length === 0) return;
    setSaved(null);
    const result = await upsert({ variables: { input: { brandId, cells: changes } } }).catch(
      () => null,
    );
    if (result?.data) {
      setEdited(new Map());
      setSaved(result.data.upsertKpiActuals.written + result.data.upsertKpiActuals.cleared);
    }
  };

  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <Select
          label={t('kpis.columns.network')}
          data={NETWORK_IDS.map((id) => ({ value: id, label: NETWORKS[id].label }))}
          value={network}
          allowDeselect={false}
          onChange={(value) => value && setNetwork(value)}
        />
        <TextInput
          type="month"
          label={t('kpis.actuals.lastMonth')}
          value={last}
          onChange={(event) => setLast(event.currentTarget.value)}
        />
        {canEdit && (
          <Button
            onClick={() => void save()}
            loading={loading}
            disabled={changes.length === 0 || problems.length > 0}
          >
            {t('kpis.actuals.save', { n: changes.length })}
          </Button>
        )}
      </Group>
      <Text size="sm" c="gray.7">
        {t('kpis.actuals.currency', { currency })}
      </Text>
      {error && <Alert color="red">{message(readProblem(error))}</Alert>}
      {saved !== null && <Alert color="green">{t('kpis.actuals.saved', { n: saved })}</Alert>}
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder data-testid="actuals-grid">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kpis.form.metric')}</Table.Th>
              {months.map((month) => (
                <Table.Th key={month} ta="end">
                  {monthLabel(month, locale)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {METRIC_IDS.map((metric) => (
              <Table.Tr key={metric}>
                <Table.Th scope="row" fw={400}>
                  {metricLabel(t, metric)}
                  {METRICS[metric].unit === 'money' && ` (${currency})`}
                </Table.Th>
                {months.map((month) => {
                  const key = cellKey(network, metric, month);
                  const value = valueOf(key);
                  const problem = edited.has(key)
                    ? cellProblem(metric, typedNumber(value), currency)
                    : null;
                  return (
                    <Table.Td key={month}>
                      <NumberInput
                        size="xs"
                        hideControls
                        aria-label={`${metricLabel(t, metric)} · ${monthLabel(month, locale)}`}
                        value={value}
                        readOnly={!canEdit}
                        error={problem ? t(`kpis.actuals.problems.${problem}`) : undefined}
                        onChange={(entered) => setEdited((all) => new Map(all).set(key, entered))}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
