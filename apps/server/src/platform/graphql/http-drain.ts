import { Global, Injectable, Module } from '@nestjs/common';

type DrainHook = () => Promise<void>;

/**
 * What must happen before the HTTP server stops taking connections at shutdown. Apollo's
 * drain (added by the Nest driver, run when the GraphQL module shuts down) ends every open
 * connection; long-lived answers such as live-update streams register here to tell their
 * clients why first. Hooks run together, as one of Apollo's `drainServer` steps, so the
 * order in which modules shut down does not matter.
 */
@Injectable()
export class HttpDrain {
  private readonly hooks = new Set<DrainHook>();

  /** Adds a hook; answers how to take it away. */
  register(hook: DrainHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /** Runs every hook (a failing one does not stop the others). */
  async run(): Promise<void> {
    await Promise.all([...this.hooks].map((hook) => hook().catch(() => undefined)));
  }
}

@Global()
@Module({ providers: [HttpDrain], exports: [HttpDrain] })
export class HttpDrainModule {}
