export { AccessEvents, type AccessChange } from './access-events.js';
export { AccessModule } from './access.module.js';
export {
  AccessService,
  guestRoleOf,
  isUuid,
  pairKey,
  type BrandAccess,
  type BrandReadAccess,
  type DocumentAccess,
  type WorkspaceAccess,
} from './access.service.js';
export { CurrentPrincipal } from './current-principal.decorator.js';
export { TeamRoleEnum, WorkspaceRoleEnum } from './role-enums.js';
export {
  ANONYMOUS,
  type GuestPrincipal,
  type Principal,
  type ShareResource,
  type UserPrincipal,
} from './principal.js';
