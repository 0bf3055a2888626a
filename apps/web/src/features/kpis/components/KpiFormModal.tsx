import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { MEASURE_IDS, METRIC_IDS, METRICS, isKpiMetric } from '@chorus/kpi-model';
import { NETWORK_IDS, NETWORKS } from '@chorus/post-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import { readProblem, useProblemMessage } from '../../../errors';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { useCreateKpi, useUpdateKpi } from '../hooks/use-kpis';
import { draftErrors, draftInput, draftOf, emptyDraft, type KpiDraft } from '../kpi-form';
import { metricLabel, serverText } from './kpi-labels';

export interface KpiFormModalProps {
  brandId: string;
  currency: string;
  /** The KPI to change; null creates a custom one. */
  kpi: KpiFieldsFragment | null;
  onClose: () => void;
}

/**
 * Creates a custom KPI or changes one. A goal KPI's name, metric, baseline, target and
 * deadline follow its goal card, so only its network, period and direction are typed here.
 */
export function KpiFormModal({ brandId, currency, kpi, onClose }: KpiFormModalProps) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const [draft, setDraft] = useState<KpiDraft>(() =>
    kpi ? draftOf(kpi, currency) : emptyDraft(new Date().toISOString().slice(0, 10)),
  );
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [create, created] = useCreateKpi();
  const [update, updated] = useUpdateKpi();
  const fromGoal = kpi?.goalId != null;
  const errors = draftErrors(draft);
  const shown = tried ? errors : {};
  const error = (field: keyof KpiDraft) =>
    shown[field] ? serverText(t, `kpis.form.errors.${shown[field]}`, shown[field]) : undefined;
  const set = <K extends keyof KpiDraft>(field: K, value: KpiDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));

  const submit = async () => {
    setTried(true);
    if (Object.keys(errors).length > 0) return;
    setProblem(null);
    const input = draftInput(draft, currency);
    try {
      if (kpi) {
        const goalSafe = fromGoal
          ? {
              network: input.network,
              periodKind: input.periodKind,
              direction: input.direction,
              startDate: input.startDate,
            }
          : input;
        await update({ variables: { id: kpi.id, input: goalSafe } });
      } else {
        await create({ variables: { input: { ...input, brandId } } });
      }
      onClose();
    } catch (cause) {
      setProblem(message(readProblem(cause)));
    }
  };

  const metricOptions = [
    {
      group: t('kpis.form.measures'),
      items: MEASURE_IDS.map((id) => ({ value: id, label: metricLabel(t, id) })),
    },
    {
      group: t('kpis.form.metrics'),
      items: METRIC_IDS.map((id) => ({ value: id, label: metricLabel(t, id) })),
    },
  ];

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={kpi ? t('kpis.form.editTitle') : t('kpis.form.createTitle')}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          {problem && <FormAlert message={problem} />}
          <TextInput
            label={t('kpis.form.name')}
            value={draft.name}
            onChange={(event) => set('name', event.currentTarget.value)}
            error={error('name')}
            disabled={fromGoal}
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('kpis.form.metric')}
              data={metricOptions}
              value={draft.metric}
              searchable
              allowDeselect={false}
              disabled={fromGoal}
              error={error('metric')}
              onChange={(value) => {
                if (!value) return;
                set('metric', value);
                if (isKpiMetric(value)) set('direction', METRICS[value].direction);
              }}
            />
            <Select
              label={t('kpis.form.network')}
              placeholder={t('kpis.allNetworks')}
              data={NETWORK_IDS.map((id) => ({ value: id, label: NETWORKS[id].label }))}
              value={draft.network}
              clearable
              error={error('network')}
              onChange={(value) => set('network', value)}
            />
            <NumberInput
              label={t('kpis.form.baseline')}
              value={draft.baseline}
              onChange={(value) => set('baseline', value)}
              error={error('baseline')}
              disabled={fromGoal}
              min={0}
            />
            <NumberInput
              label={t('kpis.form.target')}
              value={draft.target}
              onChange={(value) => set('target', value)}
              error={error('target')}
              disabled={fromGoal}
              min={0}
            />
            <TextInput
              type="date"
              label={t('kpis.form.startDate')}
              value={draft.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              error={error('startDate')}
            />
            <TextInput
              type="date"
              label={t('kpis.form.deadline')}
              value={draft.deadline}
              onChange={(event) => set('deadline', event.currentTarget.value)}
              error={error('deadline')}
              disabled={fromGoal}
            />
            <Select
              label={t('kpis.form.periodKind')}
              data={(['month', 'week', 'quarter'] as const).map((kind) => ({
                value: kind,
                label: t(`kpis.periodKinds.${kind}`),
              }))}
              value={draft.periodKind}
              allowDeselect={false}
              onChange={(value) => value && set('periodKind', value)}
            />
            <Select
              label={t('kpis.form.direction')}
              data={(['higher', 'lower'] as const).map((value) => ({
                value,
                label: t(`kpis.directions.${value}`),
              }))}
              value={draft.direction}
              allowDeselect={false}
              onChange={(value) => value && set('direction', value)}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('kpis.cancel')}
            </Button>
            <Button type="submit" loading={created.loading || updated.loading}>
              {t('kpis.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
