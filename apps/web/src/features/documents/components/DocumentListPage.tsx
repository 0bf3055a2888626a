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
import { useFormatters } from '../../../i18n';
import { ConfirmDialog, DangerButton, FormAlert, Page, PageLoader } from '../../../ui';
import { useBrand } from '../../brands/use-brand';
import { documentKinds, documentPath, type ListedDocumentKind } from '../document-kinds';
import {
  ArchiveDocumentMutation,
  BrandDocumentsQuery,
  RestoreDocumentMutation,
} from '../graphql/documents.graphql';
import { DocumentTitleDialog } from './DocumentTitleDialog';

export type ListedDocument = BrandDocumentsResult['documents'][number];

/**
 * A brand's documents of one kind (strategy documents, media plans): title, last change,
 * archived filter. People who may edit that kind create, rename, archive and restore.
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
  const { data, previousData, error } = useQuery(BrandDocumentsQuery, {
    variables: { brandId: brand.id, kind, includeArchived },
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
        <DocumentTable documents={documents} caption={title} />
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

function DocumentTable({ documents, caption }: { documents: ListedDocument[]; caption: string }) {
  const { t } = useTranslation();
  const editable = documents.some((document) => document.myCapability === 'EDIT');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" data-testid="document-list">
        <VisuallyHidden component="caption">{caption}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('documents.title')}</Table.Th>
            <Table.Th scope="col">{t('documents.lastChange')}</Table.Th>
            {editable && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => (
            <DocumentRow key={document.id} document={document} withActions={editable} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function DocumentRow({
  document,
  withActions,
}: {
  document: ListedDocument;
  withActions: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const brand = useBrand();
  const [renaming, setRenaming] = useState(false);
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

  return (
    <Table.Tr data-testid="document-row">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Anchor component={Link} to={documentPath(brand.workspaceId, brand.id, document.id)}>
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
      <Table.Td>{format.dateTime(document.updatedAt)}</Table.Td>
      {withActions && (
        <Table.Td>
          {canEdit && (
            <Group gap="xs" justify="flex-end" wrap="nowrap">
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setRenaming(true)}
                aria-label={t('common.actionFor', {
                  action: t('documents.rename'),
                  name: document.title,
                })}
              >
                {t('documents.rename')}
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
                  aria-label={t('common.actionFor', {
                    action: t('documents.restore'),
                    name: document.title,
                  })}
                >
                  {t('documents.restore')}
                </Button>
              ) : (
                <DangerButton
                  onClick={() => {
                    setProblem(undefined);
                    setArchiving(true);
                  }}
                  aria-label={t('common.actionFor', {
                    action: t('documents.archive'),
                    name: document.title,
                  })}
                >
                  {t('documents.archive')}
                </DangerButton>
              )}
            </Group>
          )}
          <DocumentTitleDialog
            mode={{ kind: 'rename', document }}
            title={t('documents.renameTitle', { title: document.title })}
            opened={renaming}
            onClose={() => setRenaming(false)}
            onDone={() => setRenaming(false)}
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
        </Table.Td>
      )}
    </Table.Tr>
  );
}
