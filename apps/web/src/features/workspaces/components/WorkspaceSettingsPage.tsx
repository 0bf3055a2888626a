import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import { FormAlert, NoAccess, Page } from '../../../ui';
import { RenameWorkspaceMutation } from '../graphql/workspaces.graphql';
import { useCan, useWorkspace } from '../use-workspace';
import { LeaveWorkspaceSection } from './LeaveWorkspaceSection';

/** Renames the workspace (owners and admins). */
export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canUpdate = useCan('workspace.update');
  const [name, setName] = useState(workspace.name);
  const [saved, setSaved] = useState(false);
  const [missing, setMissing] = useState(false);
  const [rename, { loading }] = useMutation(RenameWorkspaceMutation);
  const problem = useFormProblem(['name']);

  if (!canUpdate) {
    return (
      <Page title={t('workspaceSettings.title')}>
        <NoAccess message={t('workspaceSettings.noAccess')} hint={t('common.askAdmin')} />
        <LeaveWorkspaceSection />
      </Page>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    setSaved(false);
    setMissing(!name.trim());
    if (!name.trim()) return;
    try {
      await rename({ variables: { input: { workspaceId: workspace.id, name: name.trim() } } });
      setSaved(true);
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Page title={t('workspaceSettings.title')}>
      <Paper withBorder p="lg" maw={520}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('workspaces.name')}
              dir="auto"
              name="name"
              required
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={missing ? t('signUp.missing') : problem.fieldError('name')}
            />
            <FormAlert message={problem.formError} />
            {saved && (
              <Text role="status" fw={600}>
                {t('common.saved')}
              </Text>
            )}
            <div>
              <Button type="submit" loading={loading}>
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
