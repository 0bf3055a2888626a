import { Alert, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { METRIC_IDS } from '@chorus/kpi-model';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '@chorus/post-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { useActualGrid } from '../hooks/use-actual-grid';
import { addMonths, monthOf, monthsBetween } from '../kpi-format';
import { ActualsCells, type ActualsCellsProps } from './ActualsCells';

export interface ActualsGridProps {
  brandId: string;
  /** The media plan's currency: money is typed in it. */
  currency: string;
  canEdit: boolean;
}

/**
 * Actuals per network × metric × month, co-edited (docs/adr/0039): one network at a time,
 * three months ending with the chosen one. Each cell saves on its own, guarded by the value
 * it started from; others' saves arrive over the live channel and refetch the cells.
 */
export function ActualsGrid({ brandId, currency, canEdit }: ActualsGridProps) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const [network, setNetwork] = useState<NetworkId>('instagram');
  const [last, setLast] = useState(() => monthOf(new Date()));
  const validMonth = /^\d{4}-\d{2}$/.test(last);
  const months = validMonth ? monthsBetween(addMonths(last, -2), last) : [];
  const { stored, save, error } = useActualGrid(brandId, network, months, currency);

  const onSave: ActualsCellsProps['onSave'] = async (cell, request) => {
    const result = await save(cell, request);
    return result.kind === 'failed'
      ? { kind: 'failed', message: message(readProblem(result.error)) }
      : result;
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
      </Group>
      <Text size="sm" c="gray.7">
        {t('kpis.actuals.currency', { currency })} {canEdit && t('kpis.actuals.hint')}
      </Text>
      {error && <Alert color="red">{message(readProblem(error))}</Alert>}
      <ActualsCells
        // A new network or span starts with no drafts (they belong to the cells shown).
        key={`${network}|${months.join(',')}`}
        network={network}
        metrics={METRIC_IDS}
        months={months}
        currency={currency}
        stored={stored}
        canEdit={canEdit}
        onSave={onSave}
      />
    </Stack>
  );
}
