import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert } from '../../../ui';
import { DecisionForm } from '../../approvals';
import { isGoneProblem } from '../guest-state';
import { useGuestApprovals } from '../hooks/use-guest';

const GUEST_CHOICES = ['APPROVE', 'REQUEST_CHANGES'] as const;

/**
 * An approve link's decision: where the document's approval waits on the client's step, the
 * guest approves or asks for changes (with a comment); otherwise they read where it stands.
 */
export function GuestApproval({
  documentId,
  label,
  smtpConfigured,
  onGone,
}: {
  documentId: string;
  label: string;
  smtpConfigured: boolean;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const { data, previousData, error, refetch } = useGuestApprovals(documentId, false);
  const [decided, setDecided] = useState(false);
  const code = error ? readProblem(error).code : null;
  useEffect(() => {
    if (code && isGoneProblem(code)) onGone();
  }, [code, onGone]);
  const request = (data ?? previousData)?.documentApprovals[0] ?? null;
  const step = request?.steps.find((candidate) => candidate.index === request.currentStep);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="guest-approval">
      <Title order={2} size="h4" id="guest-approval" mb="xs">
        {t('sharing.approval.title')}
      </Title>
      <Stack gap="sm">
        {error && !isGoneProblem(code ?? '') && <FormAlert message={message(readProblem(error))} />}
        {decided && (
          <Alert color="teal.9" variant="outline" role="status" data-testid="guest-decided">
            {t('sharing.approval.thanks')}
          </Alert>
        )}
        {request && request.status === 'PENDING' && request.canDecide ? (
          <>
            <Text>
              {t('sharing.approval.waiting', { step: step?.name ?? request.currentStep + 1 })}
            </Text>
            {!smtpConfigured && (
              <Text size="sm" c="gray.7">
                {t('sharing.guest.approvalRecordedByName', { label })}
              </Text>
            )}
            <DecisionForm
              request={request}
              choices={GUEST_CHOICES}
              onDecided={() => {
                setDecided(true);
                void refetch();
              }}
            />
          </>
        ) : (
          !decided && (data ?? previousData) && <Text>{t('sharing.approval.nothingWaiting')}</Text>
        )}
      </Stack>
    </Paper>
  );
}
