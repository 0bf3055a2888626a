import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormProblem } from '../../../errors';
import { FormAlert, Page } from '../../../ui';
import { CreateWorkspaceMutation, MyWorkspacesQuery } from '../graphql/workspaces.graphql';
import { workspacePath } from '../workspace-paths';

/** Creates a workspace; its creator becomes its owner and lands in it. */
export function CreateWorkspacePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [createWorkspace, { loading }] = useMutation(CreateWorkspaceMutation, {
    refetchQueries: [MyWorkspacesQuery],
    awaitRefetchQueries: true,
  });
  const problem = useFormProblem(['name']);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    setMissing(!name.trim());
    if (!name.trim()) return;
    try {
      const { data } = await createWorkspace({ variables: { input: { name: name.trim() } } });
      if (data) await navigate(workspacePath(data.createWorkspace.id));
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Page title={t('workspaces.createTitle')}>
      <Paper withBorder p="lg" maw={520}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <Text>{t('workspaces.createIntro')}</Text>
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
            <Group>
              <Button type="submit" loading={loading}>
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
