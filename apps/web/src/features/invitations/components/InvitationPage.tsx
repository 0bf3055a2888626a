import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, Page, PageLoader, useConfirmedAction } from '../../../ui';
import { signInPath, useMe } from '../../auth';
import { useRoleLabels, workspacePath } from '../../workspaces';
import { useAcceptInvitation, useInvitationPreview } from '../hooks/use-invitation';

/**
 * An invitation link: what it offers (workspace, inviter, role), then joining. Visitors sign
 * in or create an account first and come back here; a used, expired or revoked link says so.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const roles = useRoleLabels();
  const format = useFormatters();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const here = `/invite/${encodeURIComponent(token)}`;
  const { me, loading: meLoading } = useMe();
  const preview = useInvitationPreview(token);
  const [acceptInvitation] = useAcceptInvitation();
  // Joining needs no confirmation: the click is the consent.
  const accepting = useConfirmedAction(() => acceptInvitation({ variables: { token } }), {
    overrides: { CONFLICT: t('invite.alreadyMember') },
    onDone: ({ data }) => {
      if (data) void navigate(workspacePath(data.acceptInvitation.id), { replace: true });
    },
  });

  if (!preview.data) {
    if (!preview.error) return <PageLoader label={t('app.loading')} />;
    const previewProblem = readProblem(preview.error);
    return (
      <Page title={t('invite.invalidTitle')}>
        <FormAlert message={message(previewProblem)} />
        <div>
          <Anchor component={Link} to="/">
            {t('notFound.home')}
          </Anchor>
        </div>
      </Page>
    );
  }

  const invitation = preview.data.invitationPreview;
  return (
    <Page title={t('invite.title', { workspace: invitation.workspaceName })}>
      <Paper withBorder p="lg" maw={560}>
        <Stack gap="md">
          <Text size="lg">
            {t('invite.body', {
              inviter: invitation.invitedByName || t('invite.someone'),
              workspace: invitation.workspaceName,
            })}
          </Text>
          <Stack gap={4}>
            <Text>
              <Text span fw={600}>
                {t('invite.role')}
              </Text>{' '}
              {roles.label(invitation.role)} — {roles.description(invitation.role)}
            </Text>
            <Text size="sm">
              {t('invite.expires', { date: format.dateTime(invitation.expiresAt) })}
            </Text>
          </Stack>
          <FormAlert message={accepting.error} />
          {meLoading ? null : me ? (
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                {t('invite.signedInAs', { name: me.displayName, email: me.email })}
              </Text>
              <Group>
                <Button onClick={() => accepting.run()} loading={accepting.busy}>
                  {t('invite.join')}
                </Button>
                {accepting.problem?.code === 'CONFLICT' && (
                  <Button component={Link} to="/workspaces" variant="outline">
                    {t('switcher.all')}
                  </Button>
                )}
              </Group>
            </Stack>
          ) : (
            <Stack gap="xs">
              <Text>{t('invite.signInFirst')}</Text>
              <Group>
                <Button component={Link} to={signInPath(here)}>
                  {t('invite.signIn')}
                </Button>
                <Button component={Link} to={signInPath(here, 'sign-up')} variant="outline">
                  {t('invite.signUp')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Paper>
      <Text size="sm" c="gray.7">
        {t('invite.onlyOnce')}
      </Text>
    </Page>
  );
}
