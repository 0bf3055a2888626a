import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, PageLoader } from '../../../ui';
import { parseGuide, useToneGuidelineAt, useToneGuidelineVersions } from '../hooks/use-tone';
import { GuidelineForm } from './guideline/GuidelineForm';

export interface GuidelineHistoryProps {
  brandId: string;
  /** The version in force (its row says so); the list refetches when it changes. */
  current: number | null;
}

/**
 * The guideline's saved versions, newest first, each readable whole: which rules a post passed
 * when it was approved is answerable later (an approval's stored check names its version).
 */
export function GuidelineHistory({ brandId, current }: GuidelineHistoryProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const [open, setOpen] = useState<number | null>(null);
  const { data, error } = useToneGuidelineVersions(brandId, current === null);
  if (current === null) return null;
  const versions = data?.toneGuidelineVersions;
  return (
    <Stack gap="xs" data-testid="tone-guideline-history">
      <Title order={3} size="h4">
        {t('tone.history.title')}
      </Title>
      {error && <FormAlert message={message(readProblem(error))} />}
      {versions && (
        <Table striped maw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tone.history.version')}</Table.Th>
              <Table.Th>{t('tone.history.saved')}</Table.Th>
              <Table.Th>{t('tone.history.by')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((item) => (
              <Table.Tr key={item.version}>
                <Table.Td>
                  {item.version}
                  {item.version === current && (
                    <Text span size="sm" c="dimmed">
                      {' · '}
                      {t('tone.history.inForce')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{format.dateTime(item.updatedAt)}</Table.Td>
                <Table.Td>
                  <bdi>{item.updatedByName ?? '—'}</bdi>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => setOpen(item.version)}
                    aria-label={t('tone.history.viewVersion', { version: item.version })}
                  >
                    {t('tone.history.view')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open !== null && (
        <GuidelineVersionModal brandId={brandId} version={open} onClose={() => setOpen(null)} />
      )}
    </Stack>
  );
}

/** One saved version, read-only, in a dialog. */
export function GuidelineVersionModal({
  brandId,
  version,
  onClose,
}: {
  brandId: string;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const { data, error } = useToneGuidelineAt(brandId, version);
  const stored = data?.toneGuidelineAt;
  const guide = stored ? parseGuide(stored.guide) : null;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('tone.history.modalTitle', { version })}
      data-testid="tone-guideline-version-view"
    >
      {error ? (
        <FormAlert message={message(readProblem(error))} />
      ) : !stored ? (
        <PageLoader label={t('app.loading')} />
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm">
              {t('tone.history.savedLine', {
                time: format.dateTime(stored.updatedAt),
                name: stored.updatedByName ?? '—',
              })}
            </Text>
          </Group>
          {guide ? (
            <GuidelineForm initial={guide} editable={false} onSubmit={() => undefined} />
          ) : (
            <FormAlert message={t('tone.history.unreadable')} />
          )}
        </Stack>
      )}
    </Modal>
  );
}
