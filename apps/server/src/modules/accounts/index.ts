export { AccountsModule } from './accounts.module.js';
export { AccountsService } from './accounts.service.js';
export { isValidEmail, normalizeEmail } from './email.js';
export {
  ARGON2_PARAMS,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from './password-hasher.js';
export { SessionsService, type GuestResolver } from './sessions.service.js';
export { hashToken, newToken } from './tokens.js';
export { UserEntity } from './user.entity.js';
export { UserModel } from './user.model.js';
export { SessionEntity } from './session.entity.js';
