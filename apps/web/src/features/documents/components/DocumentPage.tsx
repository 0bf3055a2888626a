import { Anchor, Group, Stack } from '@mantine/core';
import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCollaborativeDoc, usePresence, type CollaborativeDoc } from '../../../collaboration';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useMe } from '../../auth';
import { brandPath } from '../../brands';
import { useDocument } from '../hooks/use-documents';
import {
  documentKindModule,
  documentPageExtensions,
  loadKindParts,
  type DocumentKindModule,
  type DocumentPageExtensionProps,
  type OpenedDocument,
} from '../kinds';
import { RestoreNotice, VersionHistoryButton } from '../versions';
import { CollabRefusalAlert } from './CollabRefusalAlert';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceList } from './PresenceList';

/**
 * A document opened for shared editing in its kind's editor (see `kinds/`), with its
 * connection state, who is here and its version history. A kind this app has not
 * registered says so instead.
 */
export function DocumentPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { documentId = '' } = useParams();
  const { data, error } = useDocument(documentId);
  const { me } = useMe();
  // Opened at once, beside the document's details and its editor's code: the ticket, the
  // socket and the offline copy no longer wait for both (the editor finds the text synced).
  const collab = useCollaborativeDoc(documentId, me ? { id: me.id, name: me.displayName } : null);
  const document = data?.document;

  if (!document) {
    if (!error) return <PageLoader label={t('app.loading')} />;
    const problem = readProblem(error);
    return (
      <Page title={t('documents.unavailableTitle')}>
        <FormAlert
          message={
            problem.code === 'NOT_FOUND' || problem.code === 'FORBIDDEN'
              ? t('collab.refusal.notFound')
              : message(problem)
          }
        />
      </Page>
    );
  }
  const kind = documentKindModule(document.kind);
  if (!kind) {
    return (
      <Page title={document.title}>
        <FormAlert message={t('documents.kinds.unsupported')} />
      </Page>
    );
  }
  // Keyed: another document is another session (socket, Y.Doc, offline copy).
  return (
    <Suspense fallback={<PageLoader label={t('app.loading')} />}>
      <OpenDocument key={document.id} document={document} kind={kind} collab={collab} />
    </Suspense>
  );
}

function OpenDocument({
  document,
  kind,
  collab,
}: {
  document: OpenedDocument;
  kind: DocumentKindModule;
  collab: CollaborativeDoc;
}) {
  const { t } = useTranslation();
  const { workspaceId = '', brandId = '' } = useParams();
  const parts = use(loadKindParts(kind));
  const { me } = useMe();
  const { doc, awareness, status, capability, error } = collab;
  const people = usePresence(awareness, me?.id);
  // Until the server says otherwise on connecting, the listing's capability holds.
  const effective = capability ?? document.myCapability;
  // The editor is memoised by loadKindParts: typing re-renders this header, not the editor.
  const { Editor, Preview, Actions } = parts;
  const extensions = documentPageExtensions();
  const extensionProps: DocumentPageExtensionProps | null = doc
    ? {
        document,
        doc,
        capability: effective,
        toComparableText: parts.comparableText,
        renderPreview: (version) => <Preview document={document} doc={version} />,
      }
    : null;

  return (
    <Page title={document.title}>
      <Group justify="space-between" align="center" gap="sm">
        <Anchor component={Link} to={brandPath(workspaceId, brandId, kind.section)} size="sm">
          {kind.labels(t).back}
        </Anchor>
        <Group gap="xs" align="center">
          {doc ? (
            <>
              {Actions && <Actions document={document} />}
              {extensionProps &&
                extensions.map(
                  ({ name, HeaderAction }) =>
                    HeaderAction && <HeaderAction key={name} {...extensionProps} />,
                )}
              <VersionHistoryButton
                documentId={document.id}
                capability={effective}
                currentDoc={doc}
                toComparableText={parts.comparableText}
                renderPreview={(version) => <Preview document={document} doc={version} />}
              />
            </>
          ) : null}
          <ConnectionStatus status={status} capability={effective} />
        </Group>
      </Group>
      <CollabRefusalAlert error={error} />
      <RestoreNotice
        documentId={document.id}
        brandId={document.brandId}
        meId={me?.id ?? null}
        capability={effective}
      />
      <PresenceList
        people={people}
        live={status === 'saved' || status === 'saving' || status === 'readOnly'}
      />
      {extensionProps &&
        extensions.map(({ name, Banner }) => Banner && <Banner key={name} {...extensionProps} />)}
      <Stack gap="xs">
        {doc ? (
          <Editor
            document={document}
            doc={doc}
            awareness={awareness}
            editable={effective === 'EDIT' && error === null}
          />
        ) : (
          <PageLoader label={t('app.loading')} />
        )}
      </Stack>
    </Page>
  );
}
