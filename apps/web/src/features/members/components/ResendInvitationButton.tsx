import { Button, Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmedAction } from '../../../ui';
import { useResendInvitation } from '../hooks/use-members';
import { InvitationLink, type Created } from './InviteDialog';

/**
 * Sends an invitation again with a new link (the old one stops working). Like a new
 * invitation, the link is emailed when the server can, and shown here once either way.
 */
export function ResendInvitationButton({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const [resent, setResent] = useState<Created | null>(null);
  const [resend] = useResendInvitation();
  // Nothing is lost by sending again, so it runs without asking.
  const resending = useConfirmedAction(() => resend({ variables: { invitationId } }), {
    onDone: (result) => setResent(result.data?.resendInvitation ?? null),
  });

  return (
    <>
      <Button variant="default" size="xs" loading={resending.busy} onClick={() => resending.run()}>
        {t('profile.resendInvitation.action')}
      </Button>
      {resending.error && (
        <Text c="red.9" size="sm" role="alert">
          {resending.error}
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
