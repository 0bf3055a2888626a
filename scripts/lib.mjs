// Small helpers shared by the root scripts (start, test, check). Node only, no dependencies.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const pnpm = { command: process.execPath, args: [process.env.npm_execpath ?? 'pnpm'] };

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolvePromise(1));
  });
}

/** Runs `pnpm <args>` with the same pnpm that runs this script. */
export function runPnpm(args, options = {}) {
  if (process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath)) {
    return run(process.execPath, [process.env.npm_execpath, ...args], options);
  }
  return run('npx', ['-y', 'pnpm@10.34.9', ...args], options);
}

function newestMtime(path, skip) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (skip.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry), skip));
  }
  return newest;
}

const SKIP = new Set(['node_modules', 'dist', 'e2e', 'test', '.chorus', 'test-artifacts']);

/** True when `output` is missing or older than any of the `inputs`. */
export function isStale(output, inputs) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((input) => newestMtime(join(root, input), SKIP) > built);
}

export function step(title) {
  process.stdout.write(`\n\u001b[1m▶ ${title}\u001b[0m\n`);
}
