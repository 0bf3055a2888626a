import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { UserModel } from '../accounts/index.js';
import {
  ChangeMemberRoleInput,
  CreateWorkspaceInput,
  RemoveMemberInput,
  RenameWorkspaceInput,
} from './dto/workspaces.inputs.js';
import { MemberModel, WorkspaceModel } from './workspace.model.js';
import {
  workspaceActions,
  WorkspacesService,
  type MemberView,
  type WorkspaceView,
} from './workspaces.service.js';

export function toWorkspaceModel(view: WorkspaceView): WorkspaceModel {
  return Object.assign(new WorkspaceModel(), {
    id: view.workspace.id,
    name: view.workspace.name,
    createdAt: view.workspace.createdAt,
    myRole: view.role,
    myActions: workspaceActions(view.role),
  });
}

function toMember(view: MemberView): MemberModel {
  return Object.assign(new MemberModel(), {
    user: UserModel.from(view.user),
    role: view.role,
    joinedAt: view.joinedAt,
  });
}

@Resolver(() => WorkspaceModel)
export class WorkspacesResolver {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Query(() => [WorkspaceModel], {
    name: 'workspaces',
    description: 'The workspaces the signed-in user belongs to',
  })
  async myWorkspaces(@CurrentPrincipal() principal: Principal): Promise<WorkspaceModel[]> {
    return (await this.workspaces.myWorkspaces(principal)).map(toWorkspaceModel);
  }

  @Query(() => WorkspaceModel, { description: 'One workspace of the signed-in user' })
  async workspace(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<WorkspaceModel> {
    return toWorkspaceModel(await this.workspaces.workspace(principal, id));
  }

  @ResolveField(() => [MemberModel], { description: 'Everyone in the workspace' })
  async members(
    @CurrentPrincipal() principal: Principal,
    @Parent() workspace: WorkspaceModel,
  ): Promise<MemberModel[]> {
    return (await this.workspaces.members(principal, workspace.id)).map(toMember);
  }

  @Mutation(() => WorkspaceModel, {
    description: 'Creates a workspace owned by the signed-in user',
  })
  async createWorkspace(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateWorkspaceInput,
  ): Promise<WorkspaceModel> {
    return toWorkspaceModel(await this.workspaces.create(principal, input));
  }

  @Mutation(() => WorkspaceModel, { description: 'Renames a workspace (owner, admin)' })
  async renameWorkspace(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RenameWorkspaceInput,
  ): Promise<WorkspaceModel> {
    return toWorkspaceModel(await this.workspaces.rename(principal, input));
  }

  @Mutation(() => MemberModel, {
    description: "Changes a member's workspace role; only owners grant or remove the owner role",
  })
  async changeMemberRole(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangeMemberRoleInput,
  ): Promise<MemberModel> {
    return toMember(await this.workspaces.changeMemberRole(principal, input));
  }

  @Mutation(() => Boolean, {
    description: 'Removes a member and their team roles in the workspace',
  })
  removeMember(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RemoveMemberInput,
  ): Promise<boolean> {
    return this.workspaces.removeMember(principal, input);
  }

  @Mutation(() => Boolean, {
    description:
      'The signed-in person leaves the workspace (LAST_OWNER when they are its only owner)',
  })
  leaveWorkspace(
    @CurrentPrincipal() principal: Principal,
    @Args('workspaceId', { type: () => ID }) workspaceId: string,
  ): Promise<boolean> {
    return this.workspaces.leave(principal, workspaceId);
  }
}
