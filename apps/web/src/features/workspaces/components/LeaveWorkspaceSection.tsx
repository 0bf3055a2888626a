import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog, DangerButton, useConfirmedAction } from '../../../ui';
import { useWorkspace } from '../hooks/use-workspace';
import { useLeaveWorkspace } from '../hooks/use-workspaces';

/** Leaving the workspace (anyone but its last owner; the server says LAST_OWNER). */
export function LeaveWorkspaceSection() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const [leave] = useLeaveWorkspace();
  const leaving = useConfirmedAction(async () => {
    await leave({ variables: { workspaceId: workspace.id } });
    await navigate('/workspaces', { replace: true });
  });

  return (
    <Paper withBorder p="lg" maw={520} mt="lg" component="section" aria-labelledby="leave-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="leave-title">
          {t('profile.leaveWorkspace.title')}
        </Title>
        <Text>{t('profile.leaveWorkspace.intro')}</Text>
        <DangerButton onClick={() => leaving.ask()}>
          {t('profile.leaveWorkspace.action')}
        </DangerButton>
      </Stack>
      <ConfirmDialog
        {...leaving.dialog}
        title={t('profile.leaveWorkspace.confirmTitle', { name: workspace.name })}
        confirmLabel={t('profile.leaveWorkspace.action')}
      >
        {t('profile.leaveWorkspace.confirmBody')}
      </ConfirmDialog>
    </Paper>
  );
}
