import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { UserModel } from '../accounts/index.js';
import { WorkspaceModel } from '../workspaces/index.js';
import { CreateTeamInput, RenameTeamInput, SetTeamMemberRolesInput } from './dto/teams.inputs.js';
import { TeamMemberModel, TeamModel } from './team.model.js';
import type { TeamEntity } from './team.entity.js';
import { TeamsService, type TeamMemberView } from './teams.service.js';

export function toTeamModel(team: TeamEntity): TeamModel {
  return Object.assign(new TeamModel(), {
    id: team.id,
    workspaceId: team.workspaceId,
    name: team.name,
    createdAt: team.createdAt,
  });
}

function toTeamMember(view: TeamMemberView): TeamMemberModel {
  return Object.assign(new TeamMemberModel(), {
    user: UserModel.from(view.user),
    roles: view.roles,
  });
}

@Resolver(() => TeamModel)
export class TeamsResolver {
  constructor(private readonly teams: TeamsService) {}

  @ResolveField(() => [TeamMemberModel], { description: 'The people in the team and their roles' })
  async members(
    @CurrentPrincipal() principal: Principal,
    @Parent() team: TeamModel,
  ): Promise<TeamMemberModel[]> {
    return (await this.teams.members(principal, team)).map(toTeamMember);
  }

  @Mutation(() => TeamModel, { description: 'Creates a team (owner, admin)' })
  async createTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: CreateTeamInput,
  ): Promise<TeamModel> {
    return toTeamModel(await this.teams.create(principal, input));
  }

  @Mutation(() => TeamModel, { description: 'Renames a team (owner, admin)' })
  async renameTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: RenameTeamInput,
  ): Promise<TeamModel> {
    return toTeamModel(await this.teams.rename(principal, input));
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a team and its role assignments (owner, admin)',
  })
  deleteTeam(
    @CurrentPrincipal() principal: Principal,
    @Args('teamId', { type: () => ID }) teamId: string,
  ): Promise<boolean> {
    return this.teams.delete(principal, teamId);
  }

  @Mutation(() => TeamMemberModel, {
    nullable: true,
    description: "Sets a person's roles in a team; null when an empty list took them out",
  })
  async setTeamMemberRoles(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: SetTeamMemberRolesInput,
  ): Promise<TeamMemberModel | null> {
    const view = await this.teams.setMemberRoles(principal, input);
    return view ? toTeamMember(view) : null;
  }
}

/** Workspace.teams lives here so the workspaces module does not depend on teams. */
@Resolver(() => WorkspaceModel)
export class WorkspaceTeamsResolver {
  constructor(private readonly teams: TeamsService) {}

  @ResolveField('teams', () => [TeamModel], { description: "The workspace's teams" })
  async workspaceTeams(
    @CurrentPrincipal() principal: Principal,
    @Parent() workspace: WorkspaceModel,
  ): Promise<TeamModel[]> {
    return (await this.teams.list(principal, workspace.id)).map(toTeamModel);
  }
}
