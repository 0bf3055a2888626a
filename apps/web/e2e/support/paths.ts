import path from 'node:path';

/** apps/web */
export const webRoot = path.resolve(__dirname, '..', '..');
/** The repository root. */
export const repoRoot = path.resolve(webRoot, '..', '..');
/** The built web app that the server serves (another build's folder when set, e.g. a second checkout's). */
export const webDist = process.env.CHORUS_E2E_WEB_DIST ?? path.join(webRoot, 'dist');
/** The server's entry point; `pnpm --filter @chorus/server build` writes it. */
export const serverEntry = path.join(repoRoot, 'apps', 'server', 'dist', 'main.js');
/** Screenshots and the server log land here (ignored by git, kept by CI). */
export const artifactsDir = path.join(repoRoot, 'test-artifacts', 'e2e');

/** The address of the app under test, set by the global setup or by the caller. */
export function baseUrl(): string {
  const url = process.env.CHORUS_E2E_BASE_URL;
  if (!url)
    throw new Error(
      'CHORUS_E2E_BASE_URL is not set: run the tests with `npx -y pnpm@10.34.9 --filter @chorus/web e2e`.',
    );
  return url.replace(/\/$/, '');
}
