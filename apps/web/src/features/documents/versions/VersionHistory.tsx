import { Box, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readProblem, useProblemMessage } from '../../../errors';
import type { Capability, DocumentVersionsQuery as VersionsResult } from '../../../gql/graphql';
import { ConfirmDialog, FormAlert, PageLoader, useConfirmedAction, useNameForm } from '../../../ui';
import { RelativeTime } from '../components/RelativeTime';
import { ApprovalStamp } from './ApprovalStamp';
import { useVersionLabels, type Viewing } from './version-labels';
import { VersionViewer } from './VersionViewer';
import {
  useCreateDocumentVersion,
  useDocumentVersions,
  useRestoreDocumentVersion,
} from '../hooks/use-versions';

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
  const { data, previousData, error } = useDocumentVersions(documentId);
  const versions = (data ?? previousData)?.documentVersions;
  const [notice, setNotice] = useState('');
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [restore] = useRestoreDocumentVersion();
  const restoring = useConfirmedAction(
    (version: DocumentVersion) => restore({ variables: { versionId: version.id } }),
    {
      onDone: ({ data }, version) => {
        if (!data) return;
        setViewing(null);
        setNotice(t('documents.versions.restoredNotice', { number: labels.digits(version) }));
      },
    },
  );

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
              onRestore={() => restoring.ask(version)}
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
          onRestore={() => restoring.ask(viewing.version)}
          onClose={() => setViewing(null)}
        />
      )}
      {restoring.target && (
        <ConfirmDialog
          {...restoring.dialog}
          title={t('documents.versions.restoreTitle', { number: labels.digits(restoring.target) })}
          confirmLabel={t('documents.versions.restore')}
        >
          {t('documents.versions.restoreBody')}
        </ConfirmDialog>
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
        {version.approval && <ApprovalStamp approval={version.approval} />}
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
  const [createVersion] = useCreateDocumentVersion();
  const form = useNameForm({
    initial: '',
    overrides: { VALIDATION: t('documents.versions.nameInvalid') },
    submit: async (name) => {
      const { data } = await createVersion({ variables: { input: { documentId, name } } });
      if (!data) return;
      form.reset();
      onSaved(
        t('documents.versions.savedNotice', {
          number: labels.digits(data.createDocumentVersion),
        }),
      );
    },
  });

  return (
    <Box component="form" onSubmit={form.onSubmit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t('documents.versions.nameField')}
          placeholder={t('documents.versions.namePlaceholder')}
          dir="auto"
          maxLength={200}
          {...form.inputProps}
        />
        <FormAlert message={form.problem.formError} />
        <Group justify="flex-end">
          <Button type="submit" loading={form.busy}>
            {t('documents.versions.save')}
          </Button>
        </Group>
      </Stack>
    </Box>
  );
}
