import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalChangeMarkersQuery } from '../../../gql/graphql';
import { FormAlert } from '../../../ui';
import { useDocumentChangeMarkers, useMarkApprovalChangeSeen } from '../hooks/use-approvals';
import { ApprovalDiff } from './ApprovalDiff';
import { useApprovalProblem, useApprovalText } from './approval-text';

type Marker = ApprovalChangeMarkersQuery['myApprovalChangeMarkers'][number];

/**
 * "Changed after your approval": the content the reader approved was edited since, and the
 * request went back to review. Shows what changed between the version they approved and
 * the one now under review, and lets them mark it seen.
 */
export function ChangedAfterApproval({
  documentId,
  place,
}: {
  documentId: string;
  /** Where it shows (the page's banner or the panel): keeps test ids and labels apart. */
  place: 'banner' | 'panel';
}) {
  const { markers } = useDocumentChangeMarkers(documentId);
  // The newest edit says it all: its diff runs from what the reader approved to now.
  const marker = markers.reduce<Marker | null>(
    (newest, next) =>
      !newest || String(next.createdAt) > String(newest.createdAt) ? next : newest,
    null,
  );
  if (!marker) return null;
  return (
    <MarkerAlert
      key={marker.id}
      marker={marker}
      others={markers.filter((other) => other.id !== marker.id)}
      place={place}
    />
  );
}

function MarkerAlert({
  marker,
  others,
  place,
}: {
  marker: Marker;
  others: Marker[];
  place: 'banner' | 'panel';
}) {
  const { t } = useTranslation();
  const text = useApprovalText();
  const problemText = useApprovalProblem();
  const [showing, setShowing] = useState(place === 'panel');
  const [failure, setFailure] = useState<unknown>(null);
  const [markSeen, { loading }] = useMarkApprovalChangeSeen();
  const seen = () => {
    setFailure(null);
    // Older markers of the same document are covered by this diff: all are seen together.
    Promise.all(
      [marker, ...others].map((each) => markSeen({ variables: { markerId: each.id } })),
    ).catch((error: unknown) => setFailure(error));
  };
  return (
    <Alert
      color="orange"
      variant="default"
      // A warning edge at the inline start (mirrored in RTL); the title says it in words.
      style={{ borderInlineStart: '4px solid var(--mantine-color-orange-7)' }}
      title={t('approvals.changed.title')}
      data-testid={`approval-changed-${place}`}
      role={place === 'banner' ? 'region' : undefined}
      aria-label={place === 'banner' ? t('approvals.changed.title') : undefined}
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('approvals.changed.body', { time: text.dateTime(marker.createdAt) })}
        </Text>
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={() => setShowing((on) => !on)}>
            {showing ? t('approvals.changed.hideDiff') : t('approvals.changed.showDiff')}
          </Button>
          <Button size="compact-sm" loading={loading} onClick={seen}>
            {t('approvals.changed.markSeen')}
          </Button>
        </Group>
        {showing && (
          <ApprovalDiff fromVersionId={marker.fromVersionId} toVersionId={marker.toVersionId} />
        )}
        <FormAlert message={failure !== null ? problemText(failure) : undefined} />
      </Stack>
    </Alert>
  );
}
