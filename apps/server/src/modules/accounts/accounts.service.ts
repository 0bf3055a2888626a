import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import { AccessEvents, AccessService, type Principal } from '../access/index.js';
import type { ChangePasswordInput, SignInInput, SignUpInput } from './dto/accounts.inputs.js';
import { isValidEmail, normalizeEmail } from './email.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { checkPassword } from './password-policy.js';
import { SessionsService } from './sessions.service.js';
import { UserEntity } from './user.entity.js';

function isUniqueViolation(error: unknown): boolean {
  return (error as { driverError?: { code?: string } } | null)?.driverError?.code === '23505';
}

const INVALID_CREDENTIALS = 'The email or password is incorrect.';

/** Accounts: sign-up, sign-in, sign-out, password changes. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly access: AccessService,
    private readonly accessEvents: AccessEvents,
  ) {}

  async me(principal: Principal): Promise<UserEntity | null> {
    if (principal.kind !== 'user') return null;
    return this.dataSource.manager.findOneBy(UserEntity, { id: principal.userId });
  }

  async signUp(input: SignUpInput, request: Request, response: Response): Promise<UserEntity> {
    const email = input.email.trim();
    if (!isValidEmail(email)) throw AppError.validation('email', 'Enter a valid email address.');
    const displayName = input.displayName.trim();
    if (displayName.length < 1 || displayName.length > 100) {
      throw AppError.validation('displayName', 'Enter a name of 1 to 100 characters.');
    }
    const problem = checkPassword(input.password, email);
    if (problem) {
      throw new AppError(ErrorCode.VALIDATION, problem.message, {
        field: 'password',
        details: { rule: problem.rule },
      });
    }
    const passwordHash = await hashPassword(input.password);
    return this.dataSource
      .transaction(async (manager) => {
        const exists = await manager.existsBy(UserEntity, {
          emailNormalized: normalizeEmail(email),
        });
        if (exists) throw AppError.conflict('An account with this email already exists.', 'email');
        const user = await manager.save(
          manager.create(UserEntity, {
            email,
            emailNormalized: normalizeEmail(email),
            displayName,
            passwordHash,
            passwordChangedAt: new Date(),
          }),
        );
        await this.sessions.start(user.id, request, response, manager);
        return user;
      })
      .catch((error: unknown) => {
        // Two sign-ups with one email at the same moment: the unique index decides.
        if (isUniqueViolation(error)) {
          throw AppError.conflict('An account with this email already exists.', 'email');
        }
        throw error;
      });
  }

  /** Same answer, status and (within noise) time for an unknown email and a wrong password. */
  async signIn(input: SignInInput, request: Request, response: Response): Promise<UserEntity> {
    const user = isValidEmail(input.email)
      ? await this.dataSource.manager.findOneBy(UserEntity, {
          emailNormalized: normalizeEmail(input.email),
        })
      : null;
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !ok) throw AppError.unauthenticated(INVALID_CREDENTIALS);
    await this.sessions.start(user.id, request, response);
    return user;
  }

  async signOut(principal: Principal, response: Response): Promise<boolean> {
    if (principal.kind === 'user') {
      await this.sessions.revoke(principal.sessionId);
      this.accessEvents.publish({ kind: 'session', sessionId: principal.sessionId });
    }
    this.sessions.clearCookie(response);
    return true;
  }

  /** Ends every session of the user, this one included. Returns how many were ended. */
  async signOutEverywhere(principal: Principal, response: Response): Promise<number> {
    const user = this.access.requireUser(principal);
    const count = await this.sessions.revokeAllForUser(user.userId);
    this.accessEvents.publish({ kind: 'user', userId: user.userId });
    this.sessions.clearCookie(response);
    return count;
  }

  /** Changes the password and ends every other session. */
  async changePassword(principal: Principal, input: ChangePasswordInput): Promise<boolean> {
    const { userId, sessionId } = this.access.requireUser(principal);
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: userId });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw AppError.validation('currentPassword', 'The current password is incorrect.');
    }
    const problem = checkPassword(input.newPassword, user.email);
    if (problem) {
      throw new AppError(ErrorCode.VALIDATION, problem.message, {
        field: 'newPassword',
        details: { rule: problem.rule },
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: userId },
        { passwordHash, passwordChangedAt: new Date() },
      );
      await this.sessions.revokeAllForUser(userId, sessionId, manager);
    });
    this.accessEvents.publish({ kind: 'user', userId, exceptSessionId: sessionId });
    return true;
  }
}
