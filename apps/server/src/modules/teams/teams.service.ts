import { TEAM_ROLES, type TeamRole } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, notFoundAs } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessEvents, AccessService, isUuid, type Principal } from '../access/index.js';
import type { UserEntity } from '../accounts/index.js';
import { actorOf, EventLog } from '../events/index.js';
import { WorkspaceMemberEntity } from '../workspaces/index.js';
import type {
  CreateTeamInput,
  RenameTeamInput,
  SetTeamMemberRolesInput,
} from './dto/teams.inputs.js';
import { TeamMemberEntity } from './team-member.entity.js';
import { TeamEntity } from './team.entity.js';

export interface TeamMemberView {
  user: UserEntity;
  roles: TeamRole[];
}

@Injectable()
export class TeamsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly events: EventLog,
  ) {}

  async list(principal: Principal, workspaceId: string): Promise<TeamEntity[]> {
    await this.access.authorizeWorkspace(principal, workspaceId, 'workspace.read');
    return this.dataSource.manager.find(TeamEntity, {
      where: { workspaceId },
      order: { name: 'ASC' },
    });
  }

  async members(
    principal: Principal,
    team: Pick<TeamEntity, 'id' | 'workspaceId'>,
  ): Promise<TeamMemberView[]> {
    await this.access.authorizeWorkspace(principal, team.workspaceId, 'workspace.read');
    const rows = await this.dataSource.manager.find(TeamMemberEntity, {
      where: { teamId: team.id },
      relations: { user: true },
    });
    return rows
      .map((row) => ({ user: row.user!, roles: sortRoles(row.roles) }))
      .sort((a, b) => a.user.displayName.localeCompare(b.user.displayName));
  }

  async create(principal: Principal, input: CreateTeamInput): Promise<TeamEntity> {
    await this.access.authorizeWorkspace(principal, input.workspaceId, 'team.manage');
    const name = validName(input.name);
    await this.ensureNameFree(this.dataSource.manager, input.workspaceId, name);
    return this.dataSource.transaction(async (manager) => {
      const team = await manager.save(
        manager.create(TeamEntity, { workspaceId: input.workspaceId, name }),
      );
      await this.recordTeam(manager, principal, team, 'team.created', { name });
      return team;
    });
  }

  async rename(principal: Principal, input: RenameTeamInput): Promise<TeamEntity> {
    const team = await this.authorizeTeam(principal, input.teamId);
    const name = validName(input.name);
    if (name !== team.name)
      await this.ensureNameFree(this.dataSource.manager, team.workspaceId, name);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(TeamEntity, { id: team.id }, { name });
      await this.recordTeam(manager, principal, team, 'team.renamed', {
        name,
        before: team.name,
        after: name,
      });
    });
    return { ...team, name };
  }

  async delete(principal: Principal, teamId: string): Promise<boolean> {
    const team = await this.authorizeTeam(principal, teamId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(TeamEntity, { id: team.id });
      await this.recordTeam(manager, principal, team, 'team.deleted', { name: team.name });
    });
    this.accessEvents.publish({ kind: 'workspace', workspaceId: team.workspaceId });
    return true;
  }

  async setMemberRoles(
    principal: Principal,
    input: SetTeamMemberRolesInput,
  ): Promise<TeamMemberView | null> {
    const team = await this.authorizeTeam(principal, input.teamId);
    const roles = sortRoles([...new Set(input.roles)]);
    const result = await this.dataSource.transaction(async (manager) => {
      const member = isUuid(input.userId)
        ? await manager.findOne(WorkspaceMemberEntity, {
            where: { workspaceId: team.workspaceId, userId: input.userId },
            relations: { user: true },
          })
        : null;
      if (!member) throw AppError.notFound('The member');
      const previous = await manager.findOneBy(TeamMemberEntity, {
        teamId: team.id,
        userId: input.userId,
      });
      await this.events.record(manager, {
        type: 'team.member_roles_changed',
        workspaceId: team.workspaceId,
        actorId: actorOf(principal),
        subject: { type: 'member', id: input.userId },
        data: {
          name: member.user!.displayName,
          team: team.name,
          before: sortRoles(previous?.roles ?? []),
          after: roles,
        },
      });
      if (roles.length === 0) {
        await manager.delete(TeamMemberEntity, { teamId: team.id, userId: input.userId });
        return null;
      }
      await manager.upsert(TeamMemberEntity, { teamId: team.id, userId: input.userId, roles }, [
        'teamId',
        'userId',
      ]);
      return { user: member.user!, roles };
    });
    this.accessEvents.publish({ kind: 'workspace', workspaceId: team.workspaceId });
    return result;
  }

  private async recordTeam(
    manager: EntityManager,
    principal: Principal,
    team: Pick<TeamEntity, 'id' | 'workspaceId'>,
    type: 'team.created' | 'team.renamed' | 'team.deleted',
    data: Record<string, unknown>,
  ): Promise<void> {
    await this.events.record(manager, {
      type,
      workspaceId: team.workspaceId,
      actorId: actorOf(principal),
      subject: { type: 'team', id: team.id },
      data,
    });
  }

  /** Loads a team and checks team.manage in its workspace (NOT_FOUND across workspaces). */
  private async authorizeTeam(principal: Principal, teamId: string): Promise<TeamEntity> {
    this.access.requireUser(principal);
    const team = isUuid(teamId)
      ? await this.dataSource.manager.findOneBy(TeamEntity, { id: teamId })
      : null;
    if (!team) throw AppError.notFound('The team');
    // A team in a workspace the caller is not in answers exactly as an unknown id does.
    await this.access
      .authorizeWorkspace(principal, team.workspaceId, 'team.manage')
      .catch(notFoundAs('The team'));
    return team;
  }

  private async ensureNameFree(
    manager: EntityManager,
    workspaceId: string,
    name: string,
  ): Promise<void> {
    const taken = await manager
      .createQueryBuilder(TeamEntity, 't')
      .where('t.workspace_id = :workspaceId AND lower(t.name) = lower(:name)', {
        workspaceId,
        name,
      })
      .getExists();
    if (taken) throw AppError.conflict('A team with this name already exists.', 'name');
  }
}

function sortRoles(roles: TeamRole[]): TeamRole[] {
  return [...roles].sort((a, b) => TEAM_ROLES.indexOf(a) - TEAM_ROLES.indexOf(b));
}
