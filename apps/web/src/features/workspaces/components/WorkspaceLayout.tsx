import { Anchor, Badge, Box, Flex, NavLink, Stack, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useParams } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useWorkspaceSummary } from '../hooks/use-workspaces';
import { useRoleLabels } from '../roles';
import type { WorkspaceContext } from '../hooks/use-workspace';
import { rememberWorkspace, workspacePath, type WorkspaceSection } from '../workspace-paths';

const sections: {
  section: WorkspaceSection;
  labelKey:
    | 'nav.brands'
    | 'waiting.nav'
    | 'nav.teams'
    | 'nav.members'
    | 'nav.workspaceSettings'
    | 'activity.nav';
  needs?: string;
}[] = [
  { section: '', labelKey: 'nav.brands' },
  { section: 'approvals', labelKey: 'waiting.nav' },
  { section: 'teams', labelKey: 'nav.teams' },
  { section: 'members', labelKey: 'nav.members', needs: 'member.manage' },
  { section: 'activity', labelKey: 'activity.nav', needs: 'audit.read' },
  // Everyone may open settings: members find "Leave workspace" there.
  { section: 'settings', labelKey: 'nav.workspaceSettings' },
];

/**
 * A workspace: its name, the person's role, and the navigation between brands, teams,
 * members and settings beside the section's page. Sections the person may not use are not
 * offered (the pages themselves still say so when opened directly).
 */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const message = useProblemMessage();
  const { workspaceId = '' } = useParams();
  const { pathname } = useLocation();
  const { data, error } = useWorkspaceSummary(workspaceId);
  const workspace = data?.workspace;

  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.id);
  }, [workspace]);

  if (!workspace) {
    if (!error) return <PageLoader label={t('app.loading')} />;
    const problem = readProblem(error);
    return (
      <Page title={t('workspace.unavailableTitle')}>
        <FormAlert
          message={
            problem.code === 'NOT_FOUND' || problem.code === 'FORBIDDEN'
              ? t('workspace.notFound')
              : message(problem)
          }
        />
        <div>
          <Anchor component={Link} to="/workspaces">
            {t('switcher.all')}
          </Anchor>
        </div>
      </Page>
    );
  }

  const context: WorkspaceContext = { workspace };
  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap="xl" align="flex-start">
      <Box component="nav" aria-label={t('nav.workspaceSections')} w={{ base: '100%', sm: 240 }}>
        <Stack gap={4} mb="sm">
          <Text fw={700} size="lg">
            {workspace.name}
          </Text>
          <div>
            <Badge variant="outline" color="indigo.9">
              {roles.label(workspace.myRole)}
            </Badge>
          </div>
        </Stack>
        {sections
          .filter((item) => !item.needs || workspace.myActions.includes(item.needs))
          .map((item) => {
            const to = workspacePath(workspace.id, item.section);
            return (
              <NavLink
                key={item.section}
                component={RouterNavLink}
                variant="filled"
                to={to}
                end={item.section === ''}
                label={t(item.labelKey)}
                active={item.section === '' ? pathname === to : pathname.startsWith(to)}
              />
            );
          })}
      </Box>
      {/* Keyed: a page's own state (forms, dialogs) starts afresh in another workspace. */}
      <Box flex={1} miw={0} w="100%" key={workspace.id}>
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <Outlet context={context} />
        </Suspense>
      </Box>
    </Flex>
  );
}
