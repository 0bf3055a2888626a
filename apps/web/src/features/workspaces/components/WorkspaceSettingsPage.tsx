import { Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, NoAccess, Page, useNameForm } from '../../../ui';
import { useCan, useWorkspace } from '../hooks/use-workspace';
import { useRenameWorkspace } from '../hooks/use-workspaces';
import { LeaveWorkspaceSection } from './LeaveWorkspaceSection';

/** Renames the workspace (owners and admins). */
export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canUpdate = useCan('workspace.update');
  const [saved, setSaved] = useState(false);
  const [rename] = useRenameWorkspace();
  const form = useNameForm({
    initial: workspace.name,
    submit: async (name) => {
      await rename({ variables: { input: { workspaceId: workspace.id, name } } });
      setSaved(true);
    },
  });

  if (!canUpdate) {
    return (
      <Page title={t('workspaceSettings.title')}>
        <NoAccess message={t('workspaceSettings.noAccess')} hint={t('common.askAdmin')} />
        <LeaveWorkspaceSection />
      </Page>
    );
  }

  return (
    <Page title={t('workspaceSettings.title')}>
      <Paper withBorder p="lg" maw={520}>
        <form
          onSubmit={(event) => {
            setSaved(false);
            form.onSubmit(event);
          }}
          noValidate
        >
          <Stack gap="md">
            <TextInput
              label={t('workspaces.name')}
              dir="auto"
              name="name"
              required
              maxLength={100}
              {...form.inputProps}
            />
            <FormAlert message={form.problem.formError} />
            {saved && (
              <Text role="status" fw={600}>
                {t('common.saved')}
              </Text>
            )}
            <div>
              <Button type="submit" loading={form.busy}>
                {t('common.save')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
      <LeaveWorkspaceSection />
    </Page>
  );
}
