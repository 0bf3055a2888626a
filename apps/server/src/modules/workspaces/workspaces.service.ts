import { allowedActions, PERMISSIONS, type WorkspaceRole } from '@chorus/permissions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import { validName } from '../../platform/validation/index.js';
import { AccessEvents, AccessService, isUuid, type Principal } from '../access/index.js';
import { UserEntity } from '../accounts/index.js';
import { actorOf, EventLog } from '../events/index.js';
import type {
  ChangeMemberRoleInput,
  CreateWorkspaceInput,
  RemoveMemberInput,
  RenameWorkspaceInput,
} from './dto/workspaces.inputs.js';
import { WorkspaceMemberEntity } from './workspace-member.entity.js';
import { WorkspaceEntity } from './workspace.entity.js';

export interface WorkspaceView {
  workspace: WorkspaceEntity;
  role: WorkspaceRole;
}

export interface MemberView {
  user: UserEntity;
  role: WorkspaceRole;
  joinedAt: Date;
}

/** Workspace-scope actions a role allows (for the web app to show what it may do). */
export function workspaceActions(role: WorkspaceRole): string[] {
  return allowedActions([role]).filter((action) => PERMISSIONS[action].scope === 'workspace');
}

@Injectable()
export class WorkspacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
    private readonly events: EventLog,
  ) {}

  async myWorkspaces(principal: Principal): Promise<WorkspaceView[]> {
    const { userId } = this.access.requireUser(principal);
    const memberships = await this.dataSource.manager.find(WorkspaceMemberEntity, {
      where: { userId },
      relations: { workspace: true },
      order: { joinedAt: 'ASC' },
    });
    return memberships.map((m) => ({ workspace: m.workspace!, role: m.role }));
  }

  async workspace(principal: Principal, workspaceId: string): Promise<WorkspaceView> {
    const { role } = await this.access.authorizeWorkspace(principal, workspaceId, 'workspace.read');
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: workspaceId,
    });
    return { workspace, role };
  }

  async create(principal: Principal, input: CreateWorkspaceInput): Promise<WorkspaceView> {
    const { userId } = this.access.requireUser(principal);
    const name = validName(input.name);
    return this.dataSource.transaction(async (manager) => {
      const workspace = await manager.save(
        manager.create(WorkspaceEntity, { name, createdBy: userId }),
      );
      await manager.insert(WorkspaceMemberEntity, {
        workspaceId: workspace.id,
        userId,
        role: 'owner',
      });
      return { workspace, role: 'owner' as const };
    });
  }

  async rename(principal: Principal, input: RenameWorkspaceInput): Promise<WorkspaceView> {
    const { role } = await this.access.authorizeWorkspace(
      principal,
      input.workspaceId,
      'workspace.update',
    );
    const name = validName(input.name);
    await this.dataSource.manager.update(WorkspaceEntity, { id: input.workspaceId }, { name });
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: input.workspaceId,
    });
    return { workspace, role };
  }

  async members(principal: Principal, workspaceId: string): Promise<MemberView[]> {
    await this.access.authorizeWorkspace(principal, workspaceId, 'workspace.read');
    const rows = await this.dataSource.manager.find(WorkspaceMemberEntity, {
      where: { workspaceId },
      relations: { user: true },
      order: { joinedAt: 'ASC' },
    });
    return rows.map((row) => ({ user: row.user!, role: row.role, joinedAt: row.joinedAt }));
  }

  async changeMemberRole(principal: Principal, input: ChangeMemberRoleInput): Promise<MemberView> {
    await this.access.authorizeWorkspace(principal, input.workspaceId, 'member.manage');
    const member = await this.dataSource.transaction(async (manager) => {
      const target = await this.lockMember(manager, input.workspaceId, input.userId);
      if (target.role === 'owner' || input.role === 'owner') {
        await this.access.authorizeWorkspace(
          principal,
          input.workspaceId,
          'member.manageOwners',
          manager,
        );
      }
      if (target.role === 'owner' && input.role !== 'owner') {
        await this.ensureAnotherOwner(manager, input.workspaceId, input.userId);
      }
      await manager.update(
        WorkspaceMemberEntity,
        { workspaceId: input.workspaceId, userId: input.userId },
        { role: input.role },
      );
      await this.events.record(manager, {
        type: 'member.role_changed',
        workspaceId: input.workspaceId,
        actorId: actorOf(principal),
        subject: { type: 'member', id: input.userId },
        data: { name: target.user!.displayName, before: target.role, after: input.role },
      });
      return { user: target.user!, role: input.role, joinedAt: target.joinedAt };
    });
    this.accessEvents.publish({ kind: 'workspace', workspaceId: input.workspaceId });
    return member;
  }

  async removeMember(principal: Principal, input: RemoveMemberInput): Promise<boolean> {
    await this.access.authorizeWorkspace(principal, input.workspaceId, 'member.manage');
    await this.dataSource.transaction(async (manager) => {
      const target = await this.lockMember(manager, input.workspaceId, input.userId);
      if (target.role === 'owner') {
        await this.access.authorizeWorkspace(
          principal,
          input.workspaceId,
          'member.manageOwners',
          manager,
        );
        await this.ensureAnotherOwner(manager, input.workspaceId, input.userId);
      }
      // Their team roles in this workspace go with them.
      await manager.query(
        `DELETE FROM team_members WHERE user_id = $1
           AND team_id IN (SELECT id FROM teams WHERE workspace_id = $2)`,
        [input.userId, input.workspaceId],
      );
      await manager.delete(WorkspaceMemberEntity, {
        workspaceId: input.workspaceId,
        userId: input.userId,
      });
      await this.events.record(manager, {
        type: 'member.removed',
        workspaceId: input.workspaceId,
        actorId: actorOf(principal),
        subject: { type: 'member', id: input.userId },
        data: { name: target.user!.displayName, before: target.role },
      });
    });
    this.accessEvents.publish({ kind: 'workspace', workspaceId: input.workspaceId });
    return true;
  }

  /**
   * The signed-in person leaves the workspace, with their team roles in it. The last owner
   * cannot leave (LAST_OWNER): someone else must be made an owner first.
   */
  async leave(principal: Principal, workspaceId: string): Promise<boolean> {
    const { principal: user } = await this.access.authorizeWorkspace(
      principal,
      workspaceId,
      'workspace.read',
    );
    await this.dataSource.transaction(async (manager) => {
      const me = await this.lockMember(manager, workspaceId, user.userId);
      if (me.role === 'owner') await this.ensureAnotherOwner(manager, workspaceId, user.userId);
      await manager.query(
        `DELETE FROM team_members WHERE user_id = $1
           AND team_id IN (SELECT id FROM teams WHERE workspace_id = $2)`,
        [user.userId, workspaceId],
      );
      await manager.delete(WorkspaceMemberEntity, { workspaceId, userId: user.userId });
    });
    this.accessEvents.publish({ kind: 'workspace', workspaceId });
    return true;
  }

  private async lockMember(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
  ): Promise<WorkspaceMemberEntity> {
    const member = isUuid(userId)
      ? await manager.findOne(WorkspaceMemberEntity, {
          where: { workspaceId, userId },
          relations: { user: true },
        })
      : null;
    if (!member) throw AppError.notFound('The member');
    return member;
  }

  /** Refuses a change that would leave the workspace without an owner. */
  private async ensureAnotherOwner(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
  ): Promise<void> {
    // Lock the owners so two concurrent demotions cannot both pass this check.
    const owners = await manager.query<Array<{ user_id: string }>>(
      `SELECT user_id FROM workspace_members WHERE workspace_id = $1 AND role = 'owner' FOR UPDATE`,
      [workspaceId],
    );
    if (!owners.some((owner) => owner.user_id !== userId)) {
      throw new AppError(
        ErrorCode.LAST_OWNER,
        'A workspace needs at least one owner. Make someone else an owner first.',
      );
    }
  }
}
