import type { Principal } from './principal.js';

declare global {
  namespace Express {
    interface Request {
      /** Set by the session middleware on GraphQL requests. */
      principal?: Principal;
    }
  }
}
