import { startServer, type RunningServer } from './support/server';

declare global {
  var chorusE2eServer: RunningServer | undefined;
}

/**
 * Starts the real server for the browser tests, unless CHORUS_E2E_BASE_URL already points
 * at a running Chorus (then that one is tested and nothing is started).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.CHORUS_E2E_BASE_URL) return;
  const server = await startServer();
  globalThis.chorusE2eServer = server;
  process.env.CHORUS_E2E_BASE_URL = server.baseUrl;
}
