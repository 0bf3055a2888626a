import type { Provider } from '@nestjs/common';
import { ActivityHook } from './activity.hook.js';
import { AuthenticateHook } from './authenticate.hook.js';
import { AuthorizeHook } from './authorize.hook.js';
import type { CollabHook } from './collab-hook.js';
import { LimitsHook } from './limits.hook.js';
import { LoadHook } from './load.hook.js';
import { MetricsHook } from './metrics.hook.js';
import { PersistHook } from './persist.hook.js';
import { PresenceHook } from './presence.hook.js';
import { RelayHook } from './relay.hook.js';

export type { CollabHook, ConnectContext } from './collab-hook.js';
export type { CollabLimits } from './limits.hook.js';
export {
  ActivityHook,
  AuthenticateHook,
  AuthorizeHook,
  LimitsHook,
  LoadHook,
  MetricsHook,
  PersistHook,
  PresenceHook,
  RelayHook,
};

/** Injection token for the ordered hook list. */
export const COLLAB_HOOKS = Symbol('COLLAB_HOOKS');

/**
 * THE order of the pipeline. authenticate → authorize → load on connect; for an update,
 * edit rights (authorize) before the document size (limits), so a read-only socket's
 * update is dropped without measuring the document; persist before relay, always;
 * activity (last-edit stamps, automatic versions) once the change is out. Frame size,
 * message rate and presence size and bytes (LimitsHook.screenFrame) are checked by the
 * gateway as each frame arrives, before it is queued or parsed.
 */
const ORDER = [
  MetricsHook,
  AuthenticateHook,
  AuthorizeHook,
  LimitsHook,
  LoadHook,
  PersistHook,
  RelayHook,
  ActivityHook,
  PresenceHook,
] as const;

export const hookProviders: Provider[] = [
  ...ORDER,
  {
    provide: COLLAB_HOOKS,
    inject: [...ORDER],
    useFactory: (...hooks: CollabHook[]): CollabHook[] => hooks,
  },
];
