import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCollaborativeDoc, usePresence } from '../../../collaboration';
import { readProblem, useProblemMessage } from '../../../errors';
import type { DocumentQuery as DocumentResult } from '../../../gql/graphql';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useMe } from '../../auth/hooks/use-me';
import { brandPath } from '../../brands/brand-sections';
import { sectionOf } from '../document-kinds';
import { DocumentQuery } from '../graphql/documents.graphql';
import { VersionHistoryButton } from '../versions';
// Not from '../../strategy': that index (StrategyPage and its list) reshuffles the shared
// chunks so about 1.2 kB more loads up front.
import { StrategyExportMenu } from '../../strategy/components/StrategyExportMenu';
import { strategyComparableText } from '../../strategy/versions';
import {
  MediaPlanDocumentView,
  mediaPlanComparableText,
  renderMediaPlanPreview,
} from '../../media-plans';
import { CollabRefusalAlert } from './CollabRefusalAlert';
import { ConnectionStatus } from './ConnectionStatus';
import { PresenceList } from './PresenceList';
import { SharedTextArea } from './SharedTextArea';

type DocumentInfo = DocumentResult['document'];

// The rich-text editor (TipTap, ProseMirror) is its own chunk: only strategy pages load it.
const StrategyEditor = lazy(() => import('../../strategy/editor/StrategyEditor'));

/**
 * A document opened for shared editing (a strategy in the rich-text editor, other kinds as
 * plain shared text), with its connection state and who is here.
 */
export function DocumentPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { documentId = '' } = useParams();
  const { data, error } = useQuery(DocumentQuery, { variables: { id: documentId } });
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
  // Keyed: another document is another session (socket, Y.Doc, offline copy).
  return <OpenDocument key={document.id} document={document} />;
}

function OpenDocument({ document }: { document: DocumentInfo }) {
  const { t } = useTranslation();
  const { workspaceId = '', brandId = '' } = useParams();
  const { me } = useMe();
  const { doc, awareness, status, capability, error } = useCollaborativeDoc(document.id);
  const people = usePresence(awareness, me?.id);
  // Until the server says otherwise on connecting, the listing's capability holds.
  const effective = capability ?? document.myCapability;
  const section = sectionOf(document.kind);
  const isStrategy = document.kind === 'STRATEGY';

  return (
    <Page title={document.title}>
      <Group justify="space-between" align="center" gap="sm">
        <Anchor component={Link} to={brandPath(workspaceId, brandId, section)} size="sm">
          {section === 'media-plans'
            ? t('documents.backToMediaPlans')
            : section === 'calendar'
              ? t('nav.calendar')
              : t('documents.backToStrategy')}
        </Anchor>
        <Group gap="xs" align="center">
          {isStrategy && doc ? (
            <>
              <StrategyExportMenu documentId={document.id} />
              <VersionHistoryButton
                documentId={document.id}
                capability={effective}
                currentDoc={doc}
                toComparableText={strategyComparableText}
                renderPreview={(version) => (
                  <Suspense fallback={<PageLoader label={t('app.loading')} />}>
                    <StrategyEditor
                      doc={version}
                      awareness={null}
                      editable={false}
                      language={document.language ?? undefined}
                    />
                  </Suspense>
                )}
              />
            </>
          ) : null}
          {document.kind === 'MEDIA_PLAN' && doc ? (
            <VersionHistoryButton
              documentId={document.id}
              capability={effective}
              currentDoc={doc}
              toComparableText={mediaPlanComparableText}
              renderPreview={(version) => renderMediaPlanPreview(version, document.brandId)}
            />
          ) : null}
          <ConnectionStatus status={status} capability={effective} />
        </Group>
      </Group>
      <CollabRefusalAlert error={error} />
      <PresenceList
        people={people}
        live={status === 'saved' || status === 'saving' || status === 'readOnly'}
      />
      <Stack gap="xs">
        {doc && document.kind === 'MEDIA_PLAN' ? (
          <MediaPlanDocumentView
            document={document}
            doc={doc}
            awareness={awareness}
            editable={effective === 'EDIT' && error === null}
          />
        ) : doc && isStrategy ? (
          <Suspense fallback={<PageLoader label={t('app.loading')} />}>
            <StrategyEditor
              doc={doc}
              awareness={awareness}
              editable={effective === 'EDIT' && error === null}
              language={document.language ?? undefined}
            />
          </Suspense>
        ) : doc ? (
          <SharedTextArea
            doc={doc}
            awareness={awareness}
            readOnly={effective !== 'EDIT' || error !== null}
            label={t('documents.textLabel')}
          />
        ) : (
          <PageLoader label={t('app.loading')} />
        )}
      </Stack>
    </Page>
  );
}
