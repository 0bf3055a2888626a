import { Box, Button, Group, Modal, Stack } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, PageLoader } from '../../../ui';
import { useDocumentVersionContent } from '../hooks/use-versions';
import { ApprovalStamp } from './ApprovalStamp';
import { useVersionLabels } from './version-labels';
import { versionDoc } from './version-doc';

/** One version's content as a detached Y.Doc (null while it loads), its record and any error. */
function useVersionContent(versionId: string) {
  const { data, error } = useDocumentVersionContent(versionId);
  const state = data?.documentVersionState.state;
  const doc = useMemo(() => (state === undefined ? null : versionDoc(state)), [state]);
  return { doc, version: data?.documentVersionState.version ?? null, error };
}

/**
 * One version, known by its id, read-only in a dialog (what an approver reads, a version
 * a trail links to): the kind's own view of it, with its approval stamp if it has one.
 */
export function VersionDialog({
  versionId,
  renderPreview,
  onClose,
}: {
  versionId: string;
  renderPreview: (doc: Y.Doc) => ReactNode;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const labels = useVersionLabels();
  const { doc, version, error } = useVersionContent(versionId);
  const heading = version
    ? t('documents.versions.previewTitle', {
        number: labels.digits(version),
        title: labels.title(version),
      })
    : t('app.loading');
  return (
    <Modal
      opened
      onClose={onClose}
      title={heading}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {version?.approval && <ApprovalStamp approval={version.approval} />}
        {doc ? (
          <Box data-testid="version-preview">{renderPreview(doc)}</Box>
        ) : error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
