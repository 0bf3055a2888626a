import { useMutation, useQuery } from '@apollo/client/react';
import { Box, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readProblem, useFormProblem, useProblemMessage } from '../../../errors';
import type { Capability, DocumentVersionsQuery as VersionsResult } from '../../../gql/graphql';
import { ConfirmDialog, FormAlert, PageLoader } from '../../../ui';
import { RelativeTime } from '../components/RelativeTime';
import { useVersionLabels, type Viewing } from './version-labels';
import { VersionViewer } from './VersionViewer';
import {
  CreateDocumentVersionMutation,
  DocumentVersionsQuery,
  RestoreDocumentVersionMutation,
} from './versions.graphql';

export type DocumentVersion = VersionsResult['documentVersions'][number];

/** What the history needs from the page: the document, and how to show and read its kind. */
export interface VersionHistoryProps {
  documentId: string;
  /** The reader's capability on the document; only EDIT may save and restore versions. */
  capability: Capability | null | undefined;
  /** The live document, to compare a version with (null while it is loading). */
  currentDoc: Y.Doc | null;
  /** The document's content as plain text (Markdown for strategies), for comparing. */
  toComparableText: (doc: Y.Doc) => string;
  /** A read-only view of a version; without it, the comparable text is shown. */
  renderPreview?: (doc: Y.Doc) => ReactNode;
}

/** How often the open history asks for versions others (or the server) made. */
export const VERSION_POLL_MS = 30_000;

/**
 * A document's version history: save a named version (editors), and for each version its
 * author and time, a read-only view, a comparison with the current text and a restore
 * (editors). Restoring writes the version into the live document as a new edit, which
 * everyone editing sees at once; nothing in the history is rewritten. Generic over the
 * document's kind: the page says how to show and read it.
 */
export function VersionHistory({
  documentId,
  capability,
  currentDoc,
  toComparableText,
  renderPreview,
}: VersionHistoryProps) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const labels = useVersionLabels();
  const canEdit = capability === 'EDIT';
  const { data, previousData, error } = useQuery(DocumentVersionsQuery, {
    variables: { documentId },
    fetchPolicy: 'cache-and-network',
    pollInterval: VERSION_POLL_MS,
  });
  const versions = (data ?? previousData)?.documentVersions;
  const [notice, setNotice] = useState('');
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [restoring, setRestoring] = useState<DocumentVersion | null>(null);

  return (
    <Stack gap="md">
      <Text size="sm">{t('documents.versions.autoNote')}</Text>
      {canEdit && <SaveVersionForm documentId={documentId} onSaved={setNotice} />}
      {notice && (
        <Text role="status" fw={600} size="sm">
          {notice}
        </Text>
      )}
      {!versions ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : versions.length === 0 ? (
        <Text>{t('documents.versions.empty')}</Text>
      ) : (
        <Stack
          component="ol"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('documents.versions.listLabel')}
          data-testid="version-list"
        >
          {versions.map((version) => (
            <VersionItem
              key={version.id}
              version={version}
              canEdit={canEdit}
              canCompare={currentDoc !== null}
              onView={(mode) => setViewing({ version, mode })}
              onRestore={() => setRestoring(version)}
            />
          ))}
        </Stack>
      )}
      {viewing && (
        <VersionViewer
          key={`${viewing.version.id}:${viewing.mode}`}
          viewing={viewing}
          currentDoc={currentDoc}
          toComparableText={toComparableText}
          renderPreview={renderPreview}
          canEdit={canEdit}
          onRestore={() => setRestoring(viewing.version)}
          onClose={() => setViewing(null)}
        />
      )}
      {restoring && (
        <RestoreDialog
          version={restoring}
          number={labels.digits(restoring)}
          onClose={() => setRestoring(null)}
          onRestored={() => {
            setRestoring(null);
            setViewing(null);
            setNotice(t('documents.versions.restoredNotice', { number: labels.digits(restoring) }));
          }}
        />
      )}
    </Stack>
  );
}

function VersionItem({
  version,
  canEdit,
  canCompare,
  onView,
  onRestore,
}: {
  version: DocumentVersion;
  canEdit: boolean;
  canCompare: boolean;
  onView: (mode: Viewing['mode']) => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const labels = useVersionLabels();
  const number = labels.number(version);
  const actionFor = (action: string) => t('common.actionFor', { action, name: number });
  return (
    <Paper component="li" withBorder p="sm" data-testid="version-item" data-kind={version.kind}>
      <Stack gap={4}>
        <Text fw={600}>
          <bdi>{labels.title(version)}</bdi>
        </Text>
        <Text size="sm">
          {number}
          {' · '}
          {version.authorName ? <bdi>{version.authorName}</bdi> : t('documents.versions.byChorus')}
          {' · '}
          <RelativeTime value={version.createdAt} />
        </Text>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => onView('preview')}
            aria-label={actionFor(t('documents.versions.open'))}
          >
            {t('documents.versions.open')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            disabled={!canCompare}
            onClick={() => onView('compare')}
            aria-label={actionFor(t('documents.versions.compare.action'))}
          >
            {t('documents.versions.compare.action')}
          </Button>
          {canEdit && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={onRestore}
              aria-label={actionFor(t('documents.versions.restore'))}
            >
              {t('documents.versions.restore')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function SaveVersionForm({
  documentId,
  onSaved,
}: {
  documentId: string;
  onSaved: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useVersionLabels();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = useFormProblem(['name'], { VALIDATION: t('documents.versions.nameInvalid') });
  const [createVersion, creation] = useMutation(CreateDocumentVersionMutation, {
    refetchQueries: [DocumentVersionsQuery],
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    const trimmed = name.trim();
    setMissing(!trimmed);
    if (!trimmed) return;
    try {
      const { data } = await createVersion({
        variables: { input: { documentId, name: trimmed } },
      });
      if (!data) return;
      setName('');
      onSaved(
        t('documents.versions.savedNotice', {
          number: labels.digits(data.createDocumentVersion),
        }),
      );
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Box component="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t('documents.versions.nameField')}
          placeholder={t('documents.versions.namePlaceholder')}
          dir="auto"
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={missing ? t('signUp.missing') : problem.fieldError('name')}
        />
        <FormAlert message={problem.formError} />
        <Group justify="flex-end">
          <Button type="submit" loading={creation.loading}>
            {t('documents.versions.save')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}

function RestoreDialog({
  version,
  number,
  onClose,
  onRestored,
}: {
  version: DocumentVersion;
  /** Its number, in the reader's digits. */
  number: string;
  onClose: () => void;
  /** Called with the version the server made of the restore. */
  onRestored: (restored: DocumentVersion) => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const [problem, setProblem] = useState<string>();
  const [restore, restoral] = useMutation(RestoreDocumentVersionMutation, {
    refetchQueries: [DocumentVersionsQuery],
    awaitRefetchQueries: true,
  });
  return (
    <ConfirmDialog
      opened
      title={t('documents.versions.restoreTitle', { number })}
      confirmLabel={t('documents.versions.restore')}
      busy={restoral.loading}
      error={problem}
      onClose={onClose}
      onConfirm={() => {
        setProblem(undefined);
        restore({ variables: { versionId: version.id } })
          .then(({ data }) => {
            if (data) onRestored(data.restoreDocumentVersion);
          })
          .catch((error: unknown) => setProblem(message(readProblem(error))));
      }}
    >
      {t('documents.versions.restoreBody')}
    </ConfirmDialog>
  );
}
