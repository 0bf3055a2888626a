import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Switch,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import type { BrandDocumentsQuery as BrandDocumentsResult } from '../../../gql/graphql';
import { languages } from '../../../i18n';
import { ConfirmDialog, DangerButton, FormAlert, Page, PageLoader } from '../../../ui';
import { useBrand } from '../../brands/use-brand';
import { documentKinds, documentPath, type ListedDocumentKind } from '../document-kinds';
import {
  ArchiveDocumentMutation,
  BrandDocumentsQuery,
  RestoreDocumentMutation,
} from '../graphql/documents.graphql';
import { DocumentTitleDialog } from './DocumentTitleDialog';
import { EditingNow } from './EditingNow';
import { RelativeTime } from './RelativeTime';

export type ListedDocument = BrandDocumentsResult['documents'][number];

/** How often an open list asks again who is editing what. */
const LIST_POLL_MS = 30_000;

/**
 * A brand's documents of one kind (strategy documents, media plans): title, language
 * (strategies), last edit, who has it open now, archived filter. People who may edit that
 * kind create (a strategy in a chosen language, from the SMM template or empty), rename,
 * duplicate, archive and restore.
 */
export function DocumentListPage({
  kind,
  title,
  description,
}: {
  kind: ListedDocumentKind;
  title: string;
  description: string;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const navigate = useNavigate();
  const brand = useBrand();
  const canCreate = brand.myActions.includes(documentKinds[kind].editAction);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const { data, previousData, error } = useQuery(BrandDocumentsQuery, {
    variables: { brandId: brand.id, kind, includeArchived },
    // Who is editing now and the last edits change without this page doing anything:
    // show the cached list at once, then the server's, and ask again now and then.
    fetchPolicy: 'cache-and-network',
    pollInterval: LIST_POLL_MS,
  });
  const documents = (data ?? previousData)?.documents;
  const labels =
    kind === 'STRATEGY'
      ? {
          create: t('documents.strategy.create'),
          empty: canCreate ? t('documents.strategy.emptyEditor') : t('documents.strategy.empty'),
        }
      : {
          create: t('documents.mediaPlan.create'),
          empty: canCreate ? t('documents.mediaPlan.emptyEditor') : t('documents.mediaPlan.empty'),
        };

  return (
    <Page title={title}>
      <Text maw={720}>{description}</Text>
      {!canCreate && <Text size="sm">{t('documents.readOnlyNote')}</Text>}
      <Group justify="space-between">
        <Switch
          label={t('documents.showArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
        />
        {canCreate && <Button onClick={() => setCreating(true)}>{labels.create}</Button>}
      </Group>
      {notice && (
        <Text role="status" fw={600}>
          {notice}
        </Text>
      )}
      {!documents ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : documents.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{labels.empty}</Text>
        </Paper>
      ) : (
        <DocumentTable
          documents={documents}
          caption={title}
          withLanguage={kind === 'STRATEGY'}
          onNotice={setNotice}
        />
      )}
      {canCreate && (
        <DocumentTitleDialog
          mode={{ kind: 'create', documentKind: kind, brandId: brand.id }}
          title={labels.create}
          opened={creating}
          onClose={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            void navigate(documentPath(brand.workspaceId, brand.id, id));
          }}
        />
      )}
    </Page>
  );
}

function DocumentTable({
  documents,
  caption,
  withLanguage,
  onNotice,
}: {
  documents: ListedDocument[];
  caption: string;
  withLanguage: boolean;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={withLanguage ? 720 : 640}>
      <Table verticalSpacing="sm" data-testid="document-list">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.title')}</Table.Th>
            {withLanguage && <Table.Th scope="col">{t('documents.list.language')}</Table.Th>}
            <Table.Th scope="col">{t('documents.list.lastEdit')}</Table.Th>
            <Table.Th scope="col">{t('documents.list.editingNow')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => (
            <DocumentRow
              key={document.id}
              document={document}
              withLanguage={withLanguage}
              onNotice={onNotice}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The language's own name ("Tiếng Việt", "עברית"), marked with its language. */
function LanguageName({ code }: { code: string | null }) {
  const { t } = useTranslation();
  const language = languages.find((candidate) => candidate.code === code);
  if (!language) return <>{t('documents.list.languageNotSet')}</>;
  return (
    <span lang={language.code} dir={language.dir}>
      {language.name}
    </span>
  );
}

function DocumentRow({
  document,
  withLanguage,
  onNotice,
}: {
  document: ListedDocument;
  withLanguage: boolean;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const brand = useBrand();
  const [renaming, setRenaming] = useState(false);
  const [duplicating, setDuplicating] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [archive, archival] = useMutation(ArchiveDocumentMutation, {
    refetchQueries: [BrandDocumentsQuery],
    awaitRefetchQueries: true,
  });
  const [restore, restoral] = useMutation(RestoreDocumentMutation, {
    refetchQueries: [BrandDocumentsQuery],
    awaitRefetchQueries: true,
  });
  const archived = document.archivedAt != null;
  const canEdit = document.myCapability === 'EDIT';
  const path = documentPath(brand.workspaceId, brand.id, document.id);
  const actionFor = (action: string) => t('common.actionFor', { action, name: document.title });

  return (
    <Table.Tr data-testid="document-row">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={path} lang={document.language ?? undefined}>
            <bdi>{document.title}</bdi>
          </Anchor>
          {archived && (
            <Badge variant="outline" color="gray.9">
              {t('documents.archived')}
            </Badge>
          )}
        </Group>
        {problem && !archiving && (
          <Text size="sm" c="red.9" role="alert">
            {problem}
          </Text>
        )}
      </Table.Td>
      {withLanguage && (
        <Table.Td>
          <LanguageName code={document.language} />
        </Table.Td>
      )}
      <Table.Td>
        <RelativeTime value={document.lastEditedAt ?? document.updatedAt} />
      </Table.Td>
      <Table.Td>
        <EditingNow people={document.editingNow} />
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end">
          <Button
            component={Link}
            to={path}
            size="compact-sm"
            variant="subtle"
            aria-label={actionFor(t('documents.list.open'))}
          >
            {t('documents.list.open')}
          </Button>
          {canEdit && (
            <>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setRenaming(true)}
                aria-label={actionFor(t('documents.rename'))}
              >
                {t('documents.rename')}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setDuplicating(true)}
                aria-label={actionFor(t('documents.list.duplicate'))}
              >
                {t('documents.list.duplicate')}
              </Button>
              {archived ? (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  loading={restoral.loading}
                  onClick={() => {
                    setProblem(undefined);
                    restore({ variables: { documentId: document.id } }).catch((error: unknown) =>
                      setProblem(message(readProblem(error))),
                    );
                  }}
                  aria-label={actionFor(t('documents.restore'))}
                >
                  {t('documents.restore')}
                </Button>
              ) : (
                <DangerButton
                  onClick={() => {
                    setProblem(undefined);
                    setArchiving(true);
                  }}
                  aria-label={actionFor(t('documents.archive'))}
                >
                  {t('documents.archive')}
                </DangerButton>
              )}
            </>
          )}
        </Group>
        {canEdit && (
          <>
            <DocumentTitleDialog
              mode={{ kind: 'rename', document }}
              title={t('documents.renameTitle', { title: document.title })}
              opened={renaming}
              onClose={() => setRenaming(false)}
              onDone={() => setRenaming(false)}
            />
            {/* Keyed by the title: after a rename, the copy's suggested title follows it. */}
            <DocumentTitleDialog
              key={document.title}
              mode={{ kind: 'duplicate', document }}
              title={t('documents.list.duplicateTitle', { title: document.title })}
              opened={duplicating}
              onClose={() => setDuplicating(false)}
              onDone={() => {
                setDuplicating(false);
                onNotice(t('documents.list.duplicated', { title: document.title }));
              }}
            />
            <ConfirmDialog
              opened={archiving}
              title={t('documents.archiveTitle', { title: document.title })}
              confirmLabel={t('documents.archive')}
              busy={archival.loading}
              error={problem}
              onClose={() => setArchiving(false)}
              onConfirm={() => {
                setProblem(undefined);
                archive({ variables: { documentId: document.id } })
                  .then(() => setArchiving(false))
                  .catch((error: unknown) => setProblem(message(readProblem(error))));
              }}
            >
              {t('documents.archiveBody')}
            </ConfirmDialog>
          </>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
