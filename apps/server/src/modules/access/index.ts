export { AccessEvents, type AccessChange } from './access-events.js';
export { AccessModule } from './access.module.js';
export {
  AccessService,
  isUuid,
  pairKey,
  type BrandAccess,
  type WorkspaceAccess,
} from './access.service.js';
export { CurrentPrincipal } from './current-principal.decorator.js';
export { TeamRoleEnum, WorkspaceRoleEnum } from './role-enums.js';
export { ANONYMOUS, type Principal, type UserPrincipal } from './principal.js';
