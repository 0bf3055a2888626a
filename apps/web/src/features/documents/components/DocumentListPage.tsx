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
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import type {
  BrandDocumentsQuery as BrandDocumentsResult,
  DocumentKind,
} from '../../../gql/graphql';
import { languages } from '../../../i18n';
import {
  ConfirmDialog,
  DangerButton,
  FormAlert,
  Page,
  PageLoader,
  useConfirmedAction,
} from '../../../ui';
import { useBrand } from '../../brands';
import { useBrandDocuments, useDocumentMutations } from '../hooks/use-documents';
import { documentKindModule, documentPath, loadKindParts, type DocumentKindModule } from '../kinds';
import { DocumentTitleDialog } from './DocumentTitleDialog';
import { EditingNow } from './EditingNow';
import { RelativeTime } from './RelativeTime';

export type ListedDocument = BrandDocumentsResult['documents'][number];

/**
 * The list page of a document kind (its brand section, see `kinds/`), or a clear message for
 * a kind this app has not registered.
 */
export function DocumentListPage({ kind }: { kind: DocumentKind }) {
  const { t } = useTranslation();
  const module = documentKindModule(kind);
  if (!module) return <FormAlert message={t('documents.kinds.unsupported')} />;
  return <KindListPage module={module} />;
}

/**
 * A brand's documents of one kind: title, language (where the kind lists it), last edit, who
 * has it open now, archived filter. People who may edit that kind create (with the kind's
 * own fields), rename, duplicate, archive and restore.
 */
function KindListPage({ module }: { module: DocumentKindModule }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const navigate = useNavigate();
  const brand = useBrand();
  const { kind } = module;
  const canCreate = brand.myActions.includes(module.editAction);
  // The create dialog shows the kind's own fields: have them ready before it opens.
  useEffect(() => {
    if (canCreate) loadKindParts(module).catch(() => undefined);
  }, [canCreate, module]);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const { data, previousData, error } = useBrandDocuments(brand.id, kind, includeArchived);
  const documents = (data ?? previousData)?.documents;
  const kindLabels = module.labels(t);
  const { title, description } = kindLabels;
  const labels = {
    create: kindLabels.create,
    empty: canCreate ? kindLabels.emptyEditor : kindLabels.empty,
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
          withLanguage={module.listsLanguage === true}
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
  const brand = useBrand();
  const [renaming, setRenaming] = useState(false);
  const [duplicating, setDuplicating] = useState(false);
  const mutations = useDocumentMutations();
  const archiving = useConfirmedAction(() =>
    mutations.archive({ variables: { documentId: document.id } }),
  );
  const restoring = useConfirmedAction(() =>
    mutations.restore({ variables: { documentId: document.id } }),
  );
  const problem = restoring.error ?? archiving.error;
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
          {document.openThreadCount > 0 && (
            <Badge
              variant="light"
              color="orange.9"
              title={t('comments.openCount', { count: document.openThreadCount })}
              aria-label={t('comments.openCount', { count: document.openThreadCount })}
              data-testid="open-thread-count"
            >
              💬 {document.openThreadCount}
            </Badge>
          )}
        </Group>
        {problem && !archiving.asking && (
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
                  loading={restoring.busy}
                  onClick={() => restoring.run()}
                  aria-label={actionFor(t('documents.restore'))}
                >
                  {t('documents.restore')}
                </Button>
              ) : (
                <DangerButton
                  onClick={() => archiving.ask()}
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
              {...archiving.dialog}
              title={t('documents.archiveTitle', { title: document.title })}
              confirmLabel={t('documents.archive')}
            >
              {t('documents.archiveBody')}
            </ConfirmDialog>
          </>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
