export { CreateWorkspacePage } from './components/CreateWorkspacePage';
export { WorkspaceLayout } from './components/WorkspaceLayout';
export { WorkspaceListPage } from './components/WorkspaceListPage';
export { WorkspaceSettingsPage } from './components/WorkspaceSettingsPage';
export { useCan, useWorkspace, type WorkspaceContext } from './hooks/use-workspace';
export { useRoleLabels, teamRoles, workspaceRoles } from './roles';
export { workspacePath, rememberWorkspace, lastWorkspace } from './workspace-paths';
export { MyWorkspacesQuery, WorkspaceSummaryQuery } from './graphql/workspaces.graphql';
