import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../platform/config/index.js';
import { AppError, ErrorCode, notFoundAs } from '../../platform/errors/index.js';
import { MailService } from '../../platform/mail/index.js';
import { AccessService, isUuid, type Principal } from '../access/index.js';
import { hashToken, isValidEmail, newToken, UserEntity } from '../accounts/index.js';
import { actorOf, EventLog } from '../events/index.js';
import { WorkspaceEntity, WorkspaceMemberEntity } from '../workspaces/index.js';
import type { CreateInvitationInput } from './dto/invitations.inputs.js';
import { InvitationEntity } from './invitation.entity.js';
import type { InvitationStatus } from './invitation.model.js';

export interface InvitationView {
  invitation: InvitationEntity;
  invitedBy: UserEntity | null;
}

export function invitationStatus(invitation: InvitationEntity, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

function invalid(reason: InvitationStatus | 'unknown'): AppError {
  const messages: Record<typeof reason, string> = {
    unknown: 'This invitation link is not valid.',
    pending: 'This invitation link is not valid.',
    accepted: 'This invitation link has already been used.',
    expired: 'This invitation link has expired. Ask for a new one.',
    revoked: 'This invitation link was revoked. Ask for a new one.',
  };
  return new AppError(ErrorCode.INVITATION_INVALID, messages[reason], { details: { reason } });
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly mail: MailService,
    private readonly events: EventLog,
  ) {}

  async create(
    principal: Principal,
    input: CreateInvitationInput,
  ): Promise<{ view: InvitationView; link: string; emailSent: boolean }> {
    const { principal: user } = await this.access.authorizeWorkspace(
      principal,
      input.workspaceId,
      'member.manage',
    );
    if (input.role === 'owner') {
      await this.access.authorizeWorkspace(principal, input.workspaceId, 'member.manageOwners');
    }
    const email = input.email?.trim() || null;
    if (email && !isValidEmail(email))
      throw AppError.validation('email', 'Enter a valid email address.');
    const token = newToken();
    const invitation = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(InvitationEntity, {
          workspaceId: input.workspaceId,
          tokenHash: hashToken(token),
          email,
          role: input.role,
          invitedBy: user.userId,
          expiresAt: new Date(Date.now() + this.config.invitations.ttlMs),
          acceptedAt: null,
          acceptedBy: null,
          revokedAt: null,
        }),
      );
      await this.events.record(manager, {
        type: 'invitation.created',
        workspaceId: saved.workspaceId,
        actorId: actorOf(principal),
        subject: { type: 'invitation', id: saved.id },
        data: { name: email, after: input.role },
      });
      return saved;
    });
    const link = `${this.config.publicUrl}/invite/${token}`;
    const inviter = await this.dataSource.manager.findOneBy(UserEntity, { id: user.userId });
    const emailSent = await this.email(invitation, inviter, link);
    return { view: { invitation, invitedBy: inviter }, link, emailSent };
  }

  /**
   * Sends a pending or expired invitation again with a new token: the old link stops
   * working, the expiry starts afresh; emailed when SMTP is set, else the link is shown
   * once, as at creation. Needs member.manage (and member.manageOwners for an owner one).
   */
  async resend(
    principal: Principal,
    invitationId: string,
  ): Promise<{ view: InvitationView; link: string; emailSent: boolean }> {
    this.access.requireUser(principal);
    const invitation = isUuid(invitationId)
      ? await this.dataSource.manager.findOneBy(InvitationEntity, { id: invitationId })
      : null;
    if (!invitation) throw AppError.notFound('The invitation');
    const { principal: user } = await this.access
      .authorizeWorkspace(principal, invitation.workspaceId, 'member.manage')
      .catch(notFoundAs('The invitation'));
    if (invitation.role === 'owner') {
      await this.access.authorizeWorkspace(
        principal,
        invitation.workspaceId,
        'member.manageOwners',
      );
    }
    const status = invitationStatus(invitation);
    if (status === 'accepted' || status === 'revoked') throw invalid(status);
    const token = newToken();
    invitation.tokenHash = hashToken(token);
    invitation.expiresAt = new Date(Date.now() + this.config.invitations.ttlMs);
    const updated = await this.dataSource.manager.update(
      InvitationEntity,
      { id: invitation.id, acceptedAt: IsNull(), revokedAt: IsNull() },
      { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt },
    );
    if (!updated.affected) {
      // Accepted or revoked in the meantime.
      const now = await this.dataSource.manager.findOneByOrFail(InvitationEntity, {
        id: invitation.id,
      });
      throw invalid(invitationStatus(now));
    }
    const link = `${this.config.publicUrl}/invite/${token}`;
    const [inviter, resender] = await Promise.all([
      this.dataSource.manager.findOneBy(UserEntity, { id: invitation.invitedBy }),
      this.dataSource.manager.findOneBy(UserEntity, { id: user.userId }),
    ]);
    const emailSent = await this.email(invitation, resender, link);
    return { view: { invitation, invitedBy: inviter }, link, emailSent };
  }

  private async email(
    invitation: InvitationEntity,
    sender: UserEntity | null,
    link: string,
  ): Promise<boolean> {
    if (!invitation.email || !this.mail.enabled) return false;
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: invitation.workspaceId,
    });
    return this.mail.send({
      to: invitation.email,
      subject: `${sender?.displayName ?? 'A colleague'} invited you to ${workspace.name} on Chorus`,
      text: `Open this link to join ${workspace.name} on Chorus:\n\n${link}\n\nThe link works once and expires on ${invitation.expiresAt.toUTCString()}.`,
    });
  }

  async list(principal: Principal, workspaceId: string): Promise<InvitationView[]> {
    await this.access.authorizeWorkspace(principal, workspaceId, 'member.manage');
    const invitations = await this.dataSource.manager.find(InvitationEntity, {
      where: { workspaceId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    const inviterIds = [...new Set(invitations.map((i) => i.invitedBy))];
    const inviters = inviterIds.length
      ? await this.dataSource.manager.findBy(
          UserEntity,
          inviterIds.map((id) => ({ id })),
        )
      : [];
    return invitations.map((invitation) => ({
      invitation,
      invitedBy: inviters.find((u) => u.id === invitation.invitedBy) ?? null,
    }));
  }

  async revoke(principal: Principal, invitationId: string): Promise<InvitationView> {
    this.access.requireUser(principal);
    const invitation = isUuid(invitationId)
      ? await this.dataSource.manager.findOneBy(InvitationEntity, { id: invitationId })
      : null;
    if (!invitation) throw AppError.notFound('The invitation');
    // One in a workspace the caller is not in answers exactly as an unknown id does.
    await this.access
      .authorizeWorkspace(principal, invitation.workspaceId, 'member.manage')
      .catch(notFoundAs('The invitation'));
    const status = invitationStatus(invitation);
    if (status === 'accepted') throw invalid('accepted');
    if (status !== 'revoked') {
      const revokedAt = new Date();
      await this.dataSource.transaction(async (manager) => {
        await manager.update(InvitationEntity, { id: invitation.id }, { revokedAt });
        await this.events.record(manager, {
          type: 'invitation.revoked',
          workspaceId: invitation.workspaceId,
          actorId: actorOf(principal),
          subject: { type: 'invitation', id: invitation.id },
          data: { name: invitation.email, before: invitation.role },
        });
      });
      invitation.revokedAt = revokedAt;
    }
    const invitedBy = await this.dataSource.manager.findOneBy(UserEntity, {
      id: invitation.invitedBy,
    });
    return { invitation, invitedBy };
  }

  /** What a link offers; anyone holding the link may ask (it is the capability). */
  async preview(
    token: string,
  ): Promise<{ invitation: InvitationEntity; workspaceName: string; invitedByName: string }> {
    const invitation = await this.findByToken(this.dataSource.manager, token);
    const status = invitationStatus(invitation);
    if (status !== 'pending') throw invalid(status);
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: invitation.workspaceId,
    });
    const inviter = await this.dataSource.manager.findOneBy(UserEntity, {
      id: invitation.invitedBy,
    });
    return { invitation, workspaceName: workspace.name, invitedByName: inviter?.displayName ?? '' };
  }

  /** Joins the signed-in user to the workspace; the link works once. */
  async accept(principal: Principal, token: string): Promise<string> {
    const { userId } = this.access.requireUser(principal);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await this.findByToken(manager, token, true);
      const status = invitationStatus(invitation);
      if (status !== 'pending') throw invalid(status);
      const already = await manager.existsBy(WorkspaceMemberEntity, {
        workspaceId: invitation.workspaceId,
        userId,
      });
      if (already) throw AppError.conflict('You are already a member of this workspace.');
      await manager.insert(WorkspaceMemberEntity, {
        workspaceId: invitation.workspaceId,
        userId,
        role: invitation.role,
      });
      await manager.update(
        InvitationEntity,
        { id: invitation.id },
        { acceptedAt: new Date(), acceptedBy: userId },
      );
      const user = await manager.findOneBy(UserEntity, { id: userId });
      await this.events.record(manager, {
        type: 'member.joined',
        workspaceId: invitation.workspaceId,
        actorId: userId,
        subject: { type: 'member', id: userId },
        data: { name: user?.displayName ?? null, after: invitation.role },
      });
      return invitation.workspaceId;
    });
  }

  private async findByToken(
    manager: EntityManager,
    token: string,
    lock = false,
  ): Promise<InvitationEntity> {
    if (!token || token.length > 100) throw invalid('unknown');
    const query = manager
      .createQueryBuilder(InvitationEntity, 'i')
      .where('i.token_hash = :hash', { hash: hashToken(token) });
    if (lock) query.setLock('pessimistic_write');
    const invitation = await query.getOne();
    if (!invitation) throw invalid('unknown');
    return invitation;
  }
}
