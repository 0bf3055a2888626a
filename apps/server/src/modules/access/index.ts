export { AccessEvents, type AccessChange } from './access-events.js';
export { AccessModule } from './access.module.js';
export {
  AccessService,
  isUuid,
  pairKey,
  type BrandAccess,
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
