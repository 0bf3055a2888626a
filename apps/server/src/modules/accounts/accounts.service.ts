import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import { LoginThrottleService, type LoginAttempt } from '../../platform/throttling/index.js';
import { validName, validTimeZone } from '../../platform/validation/index.js';
import { AccessEvents, AccessService, type Principal } from '../access/index.js';
import type {
  ChangePasswordInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from './dto/accounts.inputs.js';
import { DeviceCookiesService } from './device-cookies.service.js';
import { isValidEmail, normalizeEmail } from './email.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { checkPassword } from './password-policy.js';
import { validInterfaceLanguage } from './profile.js';
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
    private readonly devices: DeviceCookiesService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async me(principal: Principal): Promise<UserEntity | null> {
    if (principal.kind !== 'user') return null;
    return this.dataSource.manager.findOneBy(UserEntity, { id: principal.userId });
  }

  async signUp(input: SignUpInput, request: Request, response: Response): Promise<UserEntity> {
    const email = input.email.trim();
    if (!isValidEmail(email)) throw AppError.validation('email', 'Enter a valid email address.');
    const displayName = validName(input.displayName, 'displayName');
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

  /**
   * Same answer (INVALID_CREDENTIALS), status and (within noise) time for an unknown email
   * and a wrong password. Throttled per LOGIN_LIMITS before any password is checked.
   */
  async signIn(input: SignInInput, request: Request, response: Response): Promise<UserEntity> {
    const email = normalizeEmail(input.email).slice(0, 254);
    const user = isValidEmail(input.email)
      ? await this.dataSource.manager.findOneBy(UserEntity, { emailNormalized: email })
      : null;
    const device = await this.devices.read(request);
    const attempt: LoginAttempt = {
      account: `email:${email}`,
      address: request.ip ?? 'unknown',
      knownDevice: user && device?.userId === user.id ? device.deviceId : null,
    };
    await this.throttle.check('signIn', attempt);
    const ok = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    if (!user || !ok) {
      await this.throttle.failed('signIn', attempt);
      throw new AppError(ErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded('signIn', attempt);
    await this.sessions.start(user.id, request, response);
    await this.devices.issue(response, user.id, attempt.knownDevice ?? undefined);
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
  async changePassword(
    principal: Principal,
    input: ChangePasswordInput,
    request: Request,
  ): Promise<boolean> {
    const { userId, sessionId } = this.access.requireUser(principal);
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: userId });
    const device = await this.devices.read(request);
    const attempt: LoginAttempt = {
      account: `user:${userId}`,
      address: request.ip ?? 'unknown',
      knownDevice: device?.userId === userId ? device.deviceId : null,
    };
    // A stolen session must not become a way to guess the password faster than sign-in.
    await this.throttle.check('changePassword', attempt);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await this.throttle.failed('changePassword', attempt);
      throw AppError.validation('currentPassword', 'The current password is incorrect.');
    }
    await this.throttle.succeeded('changePassword', attempt);
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

  /** Changes the signed-in person's display name, interface language or time zone. */
  async updateProfile(principal: Principal, input: UpdateProfileInput): Promise<UserEntity> {
    const { userId } = this.access.requireUser(principal);
    const changes: Partial<Pick<UserEntity, 'displayName' | 'interfaceLanguage' | 'timeZone'>> = {};
    if (input.displayName != null)
      changes.displayName = validName(input.displayName, 'displayName');
    if (input.interfaceLanguage !== undefined) {
      changes.interfaceLanguage =
        input.interfaceLanguage === null ? null : validInterfaceLanguage(input.interfaceLanguage);
    }
    if (input.timeZone !== undefined) {
      changes.timeZone = input.timeZone === null ? null : validTimeZone(input.timeZone);
    }
    if (Object.keys(changes).length > 0) {
      await this.dataSource.manager.update(UserEntity, { id: userId }, changes);
    }
    return this.dataSource.manager.findOneByOrFail(UserEntity, { id: userId });
  }
}
