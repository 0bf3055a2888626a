import { Alert, Badge, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { ConfirmDialog, DangerButton, PageLoader, useConfirmedAction } from '../../../ui';
import { useArchiveKpi, useKpis, useSyncKpisFromGoals } from '../hooks/use-kpis';
import { formatValue } from '../kpi-format';
import { KpiFormModal } from './KpiFormModal';
import { metricLabel, networkLabel, serverText } from './kpi-labels';
import { TargetsModal } from './TargetsModal';

export interface KpiListProps {
  brandId: string;
  currency: string;
  /** metrics.edit: create, change, archive, set targets, sync. */
  canEdit: boolean;
}

/**
 * The brand's KPIs: from the strategy's SMART goals (a goal removed from the strategy
 * leaves its KPI marked, never deleted) and custom ones; editors create, sync from goals,
 * set targets (linear or by hand) and archive.
 */
export function KpiList({ brandId, currency, canEdit }: KpiListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const message = useProblemMessage();
  const [showArchived, setShowArchived] = useState(false);
  const { data, error } = useKpis(brandId, showArchived);
  const [sync, synced] = useSyncKpisFromGoals();
  const [archiveKpi] = useArchiveKpi();
  const [editing, setEditing] = useState<KpiFieldsFragment | 'new' | null>(null);
  const [targets, setTargets] = useState<KpiFieldsFragment | null>(null);
  const archive = useConfirmedAction((kpi: KpiFieldsFragment) =>
    archiveKpi({ variables: { id: kpi.id, archived: true } }),
  );
  const kpis = data?.kpis;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        {canEdit ? (
          <Group>
            <Button onClick={() => setEditing('new')}>{t('kpis.list.create')}</Button>
            <Button
              variant="default"
              loading={synced.loading}
              onClick={() => void sync({ variables: { brandId } }).catch(() => undefined)}
            >
              {t('kpis.list.sync')}
            </Button>
          </Group>
        ) : (
          <span />
        )}
        <Switch
          label={t('kpis.list.showArchived')}
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
      </Group>
      {synced.error && <Alert color="red">{message(readProblem(synced.error))}</Alert>}
      {synced.data && (
        <Alert color="green">
          {t('kpis.list.synced', { n: synced.data.syncKpisFromGoals.length })}
        </Alert>
      )}
      {error && !kpis && <Alert color="red">{message(readProblem(error))}</Alert>}
      {!kpis && !error && <PageLoader label={t('app.loading')} />}
      {kpis && kpis.length === 0 && <Text c="gray.7">{t('kpis.dashboard.noKpis')}</Text>}
      {kpis && kpis.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder data-testid="kpi-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kpis.columns.kpi')}</Table.Th>
                <Table.Th>{t('kpis.columns.network')}</Table.Th>
                <Table.Th ta="end">{t('kpis.form.baseline')}</Table.Th>
                <Table.Th ta="end">{t('kpis.form.target')}</Table.Th>
                <Table.Th>{t('kpis.form.deadline')}</Table.Th>
                <Table.Th>{t('kpis.list.targets')}</Table.Th>
                {canEdit && <Table.Th>{t('kpis.list.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {kpis.map((kpi) => (
                <Table.Tr key={kpi.id}>
                  <Table.Th scope="row" fw={500}>
                    <Group gap={6}>
                      <span>{kpi.name}</span>
                      <Badge size="xs" variant="outline" color={kpi.goalId ? 'indigo.9' : 'gray.8'}>
                        {kpi.goalId ? t('kpis.list.fromGoal') : t('kpis.list.custom')}
                      </Badge>
                      {kpi.goalRemovedAt != null && (
                        <Badge size="xs" variant="filled" color="orange.9">
                          {t('kpis.goalRemoved')}
                        </Badge>
                      )}
                      {kpi.archivedAt != null && (
                        <Badge size="xs" variant="outline" color="gray.9">
                          {t('kpis.list.archived')}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="gray.7">
                      {metricLabel(t, kpi.metric)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{networkLabel(t, kpi.network)}</Table.Td>
                  <Table.Td ta="end">
                    {kpi.baseline === null
                      ? '—'
                      : formatValue(kpi.baseline, kpi.unit, currency, locale)}
                  </Table.Td>
                  <Table.Td ta="end">
                    {kpi.target === null
                      ? '—'
                      : formatValue(kpi.target, kpi.unit, currency, locale)}
                  </Table.Td>
                  <Table.Td>{kpi.deadline ?? '—'}</Table.Td>
                  <Table.Td>
                    {serverText(t, `kpis.targetModes.${kpi.targetMode}`, kpi.targetMode)}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setEditing(kpi)}>
                          {t('kpis.list.edit')}
                        </Button>
                        <Button size="xs" variant="subtle" onClick={() => setTargets(kpi)}>
                          {t('kpis.list.editTargets')}
                        </Button>
                        {kpi.archivedAt == null ? (
                          <DangerButton size="xs" onClick={() => archive.ask(kpi)}>
                            {t('kpis.list.archive')}
                          </DangerButton>
                        ) : (
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() =>
                              void archiveKpi({ variables: { id: kpi.id, archived: false } }).catch(
                                () => undefined,
                              )
                            }
                          >
                            {t('kpis.list.restore')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <KpiFormModal
          brandId={brandId}
          currency={currency}
          kpi={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {targets && (
        <TargetsModal kpi={targets} currency={currency} onClose={() => setTargets(null)} />
      )}
      <ConfirmDialog
        {...archive.dialog}
        title={t('kpis.list.archiveTitle')}
        confirmLabel={t('kpis.list.archive')}
      >
        {t('kpis.list.archiveText', { kpi: archive.target?.name ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
