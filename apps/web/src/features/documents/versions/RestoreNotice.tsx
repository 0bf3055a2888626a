import { Alert, Button, CloseButton, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import type { Capability } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n/use-formatters';
import { useLiveEvents } from '../../live';
import { useFreshDocumentVersions, useRestoreDocumentVersion } from '../hooks/use-versions';

export interface RestoreNoticeProps {
  documentId: string;
  brandId: string;
  /** The person reading: their own restores need no notice. */
  meId: string | null;
  capability: Capability | null | undefined;
}

/**
 * "Anna restored version 3: the text changed for everyone. [Undo the restore]": told
 * within a second (the brand's live stream) when someone else restores a version of the
 * open document. Undo brings back the automatic version Chorus kept just before that
 * restore — itself a restore, so nothing is lost either way. Editors only may undo.
 */
export function RestoreNotice({ documentId, brandId, meId, capability }: RestoreNoticeProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const [restoreId, setRestoreId] = useState<string | null>(null);
  const [undone, setUndone] = useState(false);
  useLiveEvents(brandId, (event) => {
    if (event.type !== 'version.restored' || event.documentId !== documentId) return;
    if (event.actorId !== null && event.actorId === meId) return;
    setUndone(false);
    setRestoreId(event.subjectId);
  });
  const { data, refetch } = useFreshDocumentVersions(documentId, restoreId === null);
  // A second restore while the notice shows: the list must hold the new one too.
  useEffect(() => {
    if (restoreId !== null) void refetch().catch(() => undefined);
  }, [restoreId, refetch]);
  const [restore, restoring] = useRestoreDocumentVersion();
  if (restoreId === null) return null;

  const versions = data?.documentVersions ?? [];
  const restored = versions.find((version) => version.id === restoreId);
  if (!restored) return null;
  // The automatic version kept just before the restore (the newest one older than it).
  const before = versions
    .filter((version) => version.kind === 'AUTO' && version.number < restored.number)
    .sort((a, b) => b.number - a.number)[0];

  const undo = () => {
    if (!before) return;
    void restore({ variables: { versionId: before.id } })
      .then(() => setUndone(true))
      .catch(() => undefined);
  };

  return (
    <Alert variant="light" color="indigo" data-testid="restore-notice" role="status">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">
          {undone
            ? t('documents.versions.restoreUndone')
            : t('documents.versions.restoredByOther', {
                name: restored.authorName ?? t('documents.versions.byChorus'),
                number: format.number(restored.restoredFrom ?? restored.number),
              })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {!undone && before && capability === 'EDIT' && (
            <Button size="compact-sm" variant="default" loading={restoring.loading} onClick={undo}>
              {t('documents.versions.undoRestore')}
            </Button>
          )}
          <CloseButton
            size="sm"
            aria-label={t('documents.versions.dismiss')}
            onClick={() => setRestoreId(null)}
          />
        </Group>
      </Group>
      {restoring.error && (
        <Text size="sm" c="red.9" mt={4}>
          {message(readProblem(restoring.error))}
        </Text>
      )}
    </Alert>
  );
}
