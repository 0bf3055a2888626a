export { WorkspaceMemberEntity } from './workspace-member.entity.js';
export { WorkspaceEntity } from './workspace.entity.js';
export { MemberModel, WorkspaceModel } from './workspace.model.js';
export { WorkspacesModule } from './workspaces.module.js';
export { WorkspacesService } from './workspaces.service.js';
export { toWorkspaceModel } from './workspaces.resolver.js';
