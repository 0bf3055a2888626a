import {
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInvitationMutation, WorkspaceRole } from '../../../gql/graphql';
import { useFormProblem } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert } from '../../../ui';
import { useRoleLabels, useWorkspace, workspaceRoles } from '../../workspaces';
import { useCreateInvitation } from '../hooks/use-members';

export type Created = CreateInvitationMutation['createInvitation'];

/**
 * Creates an invitation link for a role, optionally emailed. The link is shown once, here,
 * with a copy button: the server keeps only its hash.
 */
export function InviteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const workspace = useWorkspace();
  const canInviteOwners = workspace.myActions.includes('member.manageOwners');
  const [role, setRole] = useState<WorkspaceRole>('MEMBER');
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  const [createInvitation, { loading }] = useCreateInvitation();
  const problem = useFormProblem(['email', 'role']);

  const close = () => {
    setRole('MEMBER');
    setEmail('');
    setCreated(null);
    problem.clear();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    try {
      const { data } = await createInvitation({
        variables: {
          input: { workspaceId: workspace.id, role, email: email.trim() || undefined },
        },
      });
      if (data) setCreated(data.createInvitation);
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="lg"
      title={t('invitations.dialogTitle', { workspace: workspace.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {created ? (
        <InvitationLink created={created} onDone={close} />
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <NativeSelect
              label={t('invitations.role')}
              description={roles.description(role)}
              value={role}
              onChange={(event) => setRole(event.currentTarget.value as WorkspaceRole)}
              data={workspaceRoles
                .filter((option) => option !== 'OWNER' || canInviteOwners)
                .map((option) => ({ value: option, label: roles.label(option) }))}
              error={problem.fieldError('role')}
            />
            <TextInput
              label={t('invitations.email')}
              description={t('invitations.emailHint')}
              type="email"
              dir="ltr"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={problem.fieldError('email')}
            />
            <FormAlert message={problem.formError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('invitations.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

export function InvitationLink({ created, onDone }: { created: Created; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const sentTo = created.invitation.email;
  return (
    <Stack gap="md">
      <Text>{t('invitations.linkIntro')}</Text>
      <Group align="flex-end" wrap="nowrap" gap="sm">
        <TextInput
          label={t('invitations.link')}
          value={created.link}
          readOnly
          dir="ltr"
          flex={1}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="invitation-link"
        />
        <CopyButton value={created.link} timeout={2000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'outline' : 'filled'}>
              {copied ? t('invitations.copied') : t('invitations.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Alert color="indigo.9" variant="outline" role="status" data-testid="invitation-delivery">
        {created.emailSent
          ? t('invitations.emailed', { email: sentTo ?? '' })
          : sentTo
            ? t('invitations.notEmailed', { email: sentTo })
            : t('invitations.shareYourself')}
      </Alert>
      <Text size="sm">
        {t('invitations.expiresOn', { date: format.dateTime(created.invitation.expiresAt) })}
      </Text>
      <Group justify="flex-end">
        <Button onClick={onDone}>{t('common.done')}</Button>
      </Group>
    </Stack>
  );
}
