import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormAlert, Page, useNameForm } from '../../../ui';
import { useCreateWorkspace } from '../hooks/use-workspaces';
import { workspacePath } from '../workspace-paths';

/** Creates a workspace; its creator becomes its owner and lands in it. */
export function CreateWorkspacePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [createWorkspace] = useCreateWorkspace();
  const form = useNameForm({
    initial: '',
    submit: async (name) => {
      const { data } = await createWorkspace({ variables: { input: { name } } });
      if (data) await navigate(workspacePath(data.createWorkspace.id));
    },
  });

  return (
    <Page title={t('workspaces.createTitle')}>
      <Paper withBorder p="lg" maw={520}>
        <form onSubmit={form.onSubmit} noValidate>
          <Stack gap="md">
            <Text>{t('workspaces.createIntro')}</Text>
            <TextInput
              label={t('workspaces.name')}
              dir="auto"
              name="name"
              required
              maxLength={100}
              {...form.inputProps}
            />
            <FormAlert message={form.problem.formError} />
            <Group>
              <Button type="submit" loading={form.busy}>
                {t('workspaces.createSubmit')}
              </Button>
              <Button component={Link} to="/workspaces" variant="default">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
