import { NETWORK_IDS } from '@chorus/post-model';
import {
  Button,
  FileButton,
  Group,
  List,
  Modal,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../ui';
import {
  hourLabel,
  uploadActivity,
  weekdayName,
  type ActivityUploadAnswer,
  type PostingSlot,
} from '../best-times';
import { useAudienceActivity } from '../hooks/use-audience-activity';
import { ActivityHeatMap } from './ActivityHeatMap';
import { networkLabel } from './CalendarFilters';

export interface BestTimesPanelProps {
  brandId: string;
  actions: readonly string[];
  /** The slots of the network shown, for the week view's tint (empty when none). */
  onSlots: (slots: readonly PostingSlot[]) => void;
}

/**
 * Beside the calendar: the best hours to post on a network, read from its audience-activity
 * grid (a heat map on demand, a table behind it), the same hours tinted in the week view, and
 * for those who enter results (`metrics.edit`) the import of a network's grid.
 */
export function BestTimesPanel({ brandId, actions, onSlots }: BestTimesPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const headingId = useId();
  const canRead = actions.includes('metrics.read');
  const canImport = actions.includes('metrics.edit');
  const { data, refetch } = useAudienceActivity(brandId, canRead);
  const grids = useMemo(() => data?.audienceActivity ?? [], [data]);
  const [network, setNetwork] = useState<string | null>(null);
  const shown = grids.find((grid) => grid.network === network) ?? grids[0] ?? null;
  const [mapOpen, setMapOpen] = useState(false);
  const [importNetwork, setImportNetwork] = useState<string>('instagram');
  const [answer, setAnswer] = useState<ActivityUploadAnswer | null>(null);
  const [busy, setBusy] = useState(false);

  const slots = shown?.bestSlots;
  useEffect(() => onSlots(slots ?? []), [slots, onSlots]);

  if (!canRead || (!canImport && grids.length === 0)) return null;

  const upload = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    const result = await uploadActivity(brandId, importNetwork, file);
    setBusy(false);
    setAnswer(result);
    if (result.kind === 'applied') {
      setNetwork(importNetwork);
      await refetch();
    }
  };

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p="md"
      data-testid="best-times"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {t('calendar.bestTimes.title')}
        </Title>
        {shown ? (
          <>
            {grids.length > 1 && (
              <Select
                label={t('calendar.bestTimes.network')}
                data={grids.map((grid) => ({
                  value: grid.network,
                  label: networkLabel(grid.network),
                }))}
                value={shown.network}
                onChange={setNetwork}
                allowDeselect={false}
              />
            )}
            <Text size="sm">
              {t('calendar.bestTimes.intro', { network: networkLabel(shown.network) })}
            </Text>
            <List size="sm" data-testid="best-times-slots">
              {shown.bestSlots.map((slot) => (
                <List.Item key={`${slot.weekday}-${slot.hour}`}>
                  {t('calendar.bestTimes.slot', {
                    day: weekdayName(slot.weekday, language, 'long'),
                    time: hourLabel(slot.hour, language),
                    strength: Math.round(slot.strength * 100),
                  })}
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="gray.7">
              {t('calendar.bestTimes.weekViewNote')}
            </Text>
            <Button variant="outline" size="xs" onClick={() => setMapOpen(true)}>
              {t('calendar.bestTimes.heatMap')}
            </Button>
            <Modal
              opened={mapOpen}
              onClose={() => setMapOpen(false)}
              title={t('calendar.bestTimes.heatMapTitle', { network: networkLabel(shown.network) })}
              size="auto"
            >
              <ActivityHeatMap grid={shown.grid} language={language} />
            </Modal>
          </>
        ) : (
          <Text size="sm">{t('calendar.bestTimes.none')}</Text>
        )}
        {canImport && (
          <Stack gap="xs">
            <Text size="sm">{t('calendar.bestTimes.importHint')}</Text>
            <Group gap="xs" align="flex-end">
              <Select
                label={t('calendar.bestTimes.importNetwork')}
                data={NETWORK_IDS.map((id) => ({ value: id, label: networkLabel(id) }))}
                value={importNetwork}
                onChange={(value) => value && setImportNetwork(value)}
                allowDeselect={false}
                w={160}
              />
              <FileButton onChange={(file) => void upload(file)} accept=".csv,.xlsx,text/csv">
                {(props) => (
                  <Button {...props} size="sm" loading={busy}>
                    {t('calendar.bestTimes.import')}
                  </Button>
                )}
              </FileButton>
            </Group>
            {answer?.kind === 'applied' && (
              <Text size="sm" role="status">
                {t('calendar.bestTimes.imported')}
              </Text>
            )}
            {answer?.kind === 'failed' && <FormAlert message={t('calendar.bestTimes.failed')} />}
            {answer?.kind === 'refused' && (
              <Stack gap={4} role="alert" data-testid="best-times-problems">
                <Text size="sm" c="red.9">
                  {t('calendar.bestTimes.refused')}
                </Text>
                <List size="sm">
                  {answer.problems.map((problem, index) => (
                    <List.Item key={index}>
                      {t('calendar.bestTimes.problem', {
                        row: problem.row,
                        column: problem.column || '—',
                        message: problem.message,
                      })}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
