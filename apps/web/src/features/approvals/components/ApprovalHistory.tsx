import { Button, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { readProblem, useProblemMessage } from '../../../errors';
import type { ApprovalHistoryQuery } from '../../../gql/graphql';
import { FormAlert, PageLoader } from '../../../ui';
import { VersionDialog } from '../../documents';
import { useApprovalHistory } from '../hooks/use-approvals';
import { useApprovalText } from './approval-text';

type Entry = ApprovalHistoryQuery['approvalHistory'][number];

/** One line of the trail: who did what, in the reader's language. */
export function describeEntry(t: TFunction, entry: Entry, step: string | null): string {
  const name = entry.actorName ?? t('approvals.history.system');
  switch (entry.type) {
    case 'approval.submitted':
      return t('approvals.history.submitted', { name });
    case 'approval.step_approved':
      return t('approvals.history.stepApproved', { name, step });
    case 'approval.approved':
      return t('approvals.history.approved');
    case 'approval.changes_requested':
      return t('approvals.history.changesRequested', { name });
    case 'approval.rejected':
      return t('approvals.history.rejected', { name });
    case 'approval.skipped':
      return t('approvals.history.skipped', { name, step });
    case 'approval.withdrawn':
      return t('approvals.history.withdrawn', { name });
    case 'approval.reopened':
      return t('approvals.history.reopened', { name });
    case 'approval.reminder_due':
      return t('approvals.history.reminder', { step });
    case 'approval.decision_late':
      return t('approvals.history.late', { name });
    case 'approval.approver_missing':
      return t('approvals.history.approverMissing', { step });
    default:
      return entry.type;
  }
}

/**
 * A document's approval trail, newest first: submissions, decisions, skips, reopens and
 * reminders, each with the version it concerned and a way to open that version.
 */
export function ApprovalHistory({
  documentId,
  renderPreview,
}: {
  documentId: string;
  renderPreview: (doc: Y.Doc) => ReactNode;
}) {
  const { t } = useTranslation();
  const text = useApprovalText();
  const message = useProblemMessage();
  const { data, previousData, error } = useApprovalHistory(documentId);
  const entries = (data ?? previousData)?.approvalHistory;
  const [opened, setOpened] = useState<string | null>(null);

  if (!entries) {
    return error ? (
      <FormAlert message={message(readProblem(error))} />
    ) : (
      <PageLoader label={t('app.loading')} />
    );
  }
  if (entries.length === 0) return <Text size="sm">{t('approvals.history.empty')}</Text>;
  return (
    <>
      <Stack
        component="ol"
        gap="xs"
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label={t('approvals.history.label')}
        data-testid="approval-history"
      >
        {entries.map((entry) => {
          const step =
            entry.stepIndex == null
              ? null
              : t('approvals.history.stepNumber', { number: text.number(entry.stepIndex + 1) });
          const versionId = entry.toVersionId ?? entry.versionId;
          return (
            <Paper
              component="li"
              key={entry.id}
              withBorder
              p="xs"
              data-testid="approval-history-entry"
              data-type={entry.type}
            >
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {describeEntry(t, entry, step)}
                </Text>
                <Text size="xs">{text.dateTime(entry.occurredAt)}</Text>
                {entry.comment && (
                  <Text size="sm" dir="auto" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                    <bdi>{entry.comment}</bdi>
                  </Text>
                )}
                {versionId && (
                  <Text size="xs">
                    {t('approvals.history.version', { id: versionId.slice(0, 8) })}{' '}
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setOpened(versionId)}
                      aria-label={t('approvals.history.openVersionOf', {
                        what: describeEntry(t, entry, step),
                      })}
                    >
                      {t('approvals.history.openVersion')}
                    </Button>
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {opened && (
        <VersionDialog
          versionId={opened}
          renderPreview={renderPreview}
          onClose={() => setOpened(null)}
        />
      )}
    </>
  );
}
