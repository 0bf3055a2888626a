import type { RunningServer } from './support/server';

declare global {
  var chorusE2eServer: RunningServer | undefined;
}

export default async function globalTeardown(): Promise<void> {
  await globalThis.chorusE2eServer?.stop();
  globalThis.chorusE2eServer = undefined;
}
