import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { HealthPanel } from '../../health';
import { useMyWorkspaces } from '../hooks/use-workspaces';
import { useRoleLabels } from '../roles';
import { workspacePath } from '../workspace-paths';

/** Every workspace the person belongs to, and the way to create one. */
export function WorkspaceListPage() {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const message = useProblemMessage();
  const { data, loading, error } = useMyWorkspaces();

  return (
    <Page title={t('workspaces.title')}>
      <Group>
        <Button component={Link} to="/workspaces/new">
          {t('workspaces.create')}
        </Button>
      </Group>
      {loading && !data ? (
        <PageLoader label={t('app.loading')} />
      ) : error && !data ? (
        <FormAlert message={message(readProblem(error))} />
      ) : data && data.workspaces.length === 0 ? (
        <Paper withBorder p="lg">
          <Text>{t('workspaces.empty')}</Text>
        </Paper>
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: 3 }}
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {data?.workspaces.map((workspace) => (
            <Paper key={workspace.id} withBorder p="lg" component="li">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  <Anchor component={Link} to={workspacePath(workspace.id)}>
                    {workspace.name}
                  </Anchor>
                </Title>
                <div>
                  <Badge variant="outline" color="indigo.9">
                    {roles.label(workspace.myRole)}
                  </Badge>
                </div>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <HealthPanel />
    </Page>
  );
}
