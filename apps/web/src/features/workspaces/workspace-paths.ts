/** The sections of a workspace; `path` is relative to `/w/:workspaceId`. */
export type WorkspaceSection = '' | 'approvals' | 'teams' | 'members' | 'activity' | 'settings';

/** The address of a workspace's section (its brand list by default). */
export function workspacePath(workspaceId: string, section: WorkspaceSection = ''): string {
  const base = `/w/${encodeURIComponent(workspaceId)}`;
  return section ? `${base}/${section}` : base;
}

const lastWorkspaceKey = 'chorus.lastWorkspace';

/** Remembers the workspace opened last, so the home page can return to it. */
export function rememberWorkspace(workspaceId: string): void {
  try {
    window.localStorage.setItem(lastWorkspaceKey, workspaceId);
  } catch {
    // Storage can be disabled; the home page then shows the list instead.
  }
}

export function lastWorkspace(): string | null {
  try {
    return window.localStorage.getItem(lastWorkspaceKey);
  } catch {
    return null;
  }
}
