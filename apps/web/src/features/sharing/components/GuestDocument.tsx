import { Alert, Badge, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Suspense, use, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCollabStatusText,
  useCollaborativeDoc,
  usePresence,
  type CollabStatus,
} from '../../../collaboration';
import { readProblem, useProblemMessage } from '../../../errors';
import type { GuestSessionFieldsFragment } from '../../../gql/graphql';
import { FormAlert, PageLoader } from '../../../ui';
import {
  documentKindModule,
  loadKindParts,
  PresenceList,
  type DocumentKindModule,
  type OpenedDocument,
} from '../../documents';
import { guestOf, isGoneProblem, isGoneRefusal } from '../guest-state';
import { useGuestDocument } from '../hooks/use-guest';
import { useShareText } from '../share-text';
import { GuestApproval } from './GuestApproval';

/**
 * The shared document for a guest: live (others' edits arrive as they type) and read-only —
 * the kind's own editor, not editable, over the live Y.Doc, in guest mode: the external
 * comment threads beside their anchors, and on a comment or approve link the guest's own
 * comments and replies (the kind mounts the comments feature as for the team). The guest's
 * socket may read and show presence, never write. No copy is kept on the device.
 */
export function GuestDocument({
  documentId,
  session,
  smtpConfigured,
  onGone,
}: {
  documentId: string;
  session: GuestSessionFieldsFragment;
  smtpConfigured: boolean;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { data, error } = useGuestDocument(documentId);
  const code = error ? readProblem(error).code : null;
  useEffect(() => {
    if (code && isGoneProblem(code)) onGone();
  }, [code, onGone]);
  const document = data?.document;
  if (!document) {
    return error ? (
      <FormAlert message={message(readProblem(error))} />
    ) : (
      <PageLoader label={t('app.loading')} />
    );
  }
  const kind = documentKindModule(document.kind);
  if (!kind) return <FormAlert message={t('documents.kinds.unsupported')} />;
  return (
    <Suspense fallback={<PageLoader label={t('app.loading')} />}>
      <OpenGuestDocument
        key={document.id}
        document={document}
        kind={kind}
        session={session}
        smtpConfigured={smtpConfigured}
        onGone={onGone}
      />
    </Suspense>
  );
}

const liveStatuses: readonly CollabStatus[] = ['saved', 'saving', 'readOnly'];

function OpenGuestDocument({
  document,
  kind,
  session,
  smtpConfigured,
  onGone,
}: {
  document: OpenedDocument;
  kind: DocumentKindModule;
  session: GuestSessionFieldsFragment;
  smtpConfigured: boolean;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const statusText = useCollabStatusText();
  const text = useShareText();
  const parts = use(loadKindParts(kind));
  const { doc, awareness, status, error } = useCollaborativeDoc(
    document.id,
    { id: `guest:${session.name}`, name: session.name },
    { localCopy: false },
  );
  const people = usePresence(awareness, null);
  const refusal = error?.refusal ?? null;
  useEffect(() => {
    if (refusal && isGoneRefusal(refusal)) onGone();
  }, [refusal, onGone]);
  const { Editor } = parts;
  const live = liveStatuses.includes(status);

  return (
    <Stack gap="md">
      <Group gap="xs" justify="space-between">
        <Badge variant="outline" color="indigo.9">
          {text.kind(document.kind)}
        </Badge>
        <Text size="sm" role="status" data-testid="guest-connection">
          {live ? t('sharing.guest.live') : statusText.status(status, 'VIEW')}
        </Text>
      </Group>
      {refusal && !isGoneRefusal(refusal) && (
        <Alert color="red.9" variant="outline" role="alert">
          {statusText.refusal(refusal)}
        </Alert>
      )}
      <PresenceList people={people} live={live} />
      {session.capability === 'APPROVE' && (
        <GuestApproval
          documentId={document.id}
          label={session.label}
          smtpConfigured={smtpConfigured}
          onGone={onGone}
        />
      )}
      <Paper withBorder p="md" data-testid="guest-document">
        <VisuallyHidden>
          <Title order={2}>{document.title}</Title>
        </VisuallyHidden>
        {doc ? (
          <Editor
            document={document}
            doc={doc}
            awareness={awareness}
            editable={false}
            guest={guestOf(session)}
          />
        ) : (
          <PageLoader label={t('app.loading')} />
        )}
      </Paper>
    </Stack>
  );
}
