import { useMutation } from '@apollo/client/react';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { ConfirmDialog, DangerButton } from '../../../ui';
import { LeaveWorkspaceMutation, MyWorkspacesQuery } from '../graphql/workspaces.graphql';
import { useWorkspace } from '../use-workspace';

/** Leaving the workspace (anyone but its last owner; the server says LAST_OWNER). */
export function LeaveWorkspaceSection() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const message = useProblemMessage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [leave, { loading }] = useMutation(LeaveWorkspaceMutation, {
    refetchQueries: [MyWorkspacesQuery],
    awaitRefetchQueries: true,
  });

  return (
    <Paper withBorder p="lg" maw={520} mt="lg" component="section" aria-labelledby="leave-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="leave-title">
          {t('profile.leaveWorkspace.title')}
        </Title>
        <Text>{t('profile.leaveWorkspace.intro')}</Text>
        <DangerButton
          onClick={() => {
            setError(undefined);
            setConfirming(true);
          }}
        >
          {t('profile.leaveWorkspace.action')}
        </DangerButton>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('profile.leaveWorkspace.confirmTitle', { name: workspace.name })}
        confirmLabel={t('profile.leaveWorkspace.action')}
        busy={loading}
        error={error}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          leave({ variables: { workspaceId: workspace.id } })
            .then(() => navigate('/workspaces', { replace: true }))
            .catch((failure: unknown) => setError(message(readProblem(failure))));
        }}
      >
        {t('profile.leaveWorkspace.confirmBody')}
      </ConfirmDialog>
    </Paper>
  );
}
