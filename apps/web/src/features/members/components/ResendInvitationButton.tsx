import { useMutation } from '@apollo/client/react';
import { Button, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { ResendInvitationMutation } from '../graphql/members.graphql';
import { InvitationLink, type Created } from './InviteDialog';

/**
 * Sends an invitation again with a new link (the old one stops working). Like a new
 * invitation, the link is emailed when the server can, and shown here once either way.
 */
export function ResendInvitationButton({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const [resent, setResent] = useState<Created | null>(null);
  const [error, setError] = useState<string>();
  const [resend, { loading }] = useMutation(ResendInvitationMutation);

  const onClick = () => {
    setError(undefined);
    resend({ variables: { invitationId } })
      .then((result) => setResent(result.data?.resendInvitation ?? null))
      .catch((failure: unknown) => setError(message(readProblem(failure))));
  };

  return (
    <>
      <Button variant="default" size="xs" loading={loading} onClick={onClick}>
        {t('profile.resendInvitation.action')}
      </Button>
      {error && (
        <Text c="red.9" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Modal
        opened={resent !== null}
        onClose={() => setResent(null)}
        title={t('profile.resendInvitation.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {resent && <InvitationLink created={resent} onDone={() => setResent(null)} />}
      </Modal>
    </>
  );
}
