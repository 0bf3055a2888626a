// Small helpers shared by the root scripts (start, test, check). Node only, no dependencies.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The one way these docs and scripts run pnpm on a machine with only Node. */
export const PNPM_HINT = 'npx -y pnpm@10.34.9';

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: 'inherit', cwd: root, ...options });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolvePromise(1));
  });
}

function pnpmCommand(args) {
  if (process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath)) {
    return [process.execPath, [process.env.npm_execpath, ...args]];
  }
  const [npx, ...rest] = PNPM_HINT.split(' ');
  return [npx, [...rest, ...args]];
}

/** Runs `pnpm <args>` with the same pnpm that runs this script. */
export function runPnpm(args, options = {}) {
  const [command, fullArgs] = pnpmCommand(args);
  return run(command, fullArgs, options);
}

/**
 * Runs `pnpm <args>` showing its output as it comes, and collects the test summaries in
 * it (see {@link addCounts}). Resolves with the exit code and the counts.
 */
export function runPnpmCounting(args) {
  const [command, fullArgs] = pnpmCommand(args);
  return runCounting(command, fullArgs);
}

/** Runs a command showing its output as it comes, collecting its test summaries. */
export function runCounting(command, args) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const counts = newCounts();
    let pending = '';
    const scan = (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) addCounts(counts, line);
    };
    child.stdout.on('data', (chunk) => (process.stdout.write(chunk), scan(chunk)));
    child.stderr.on('data', (chunk) => (process.stderr.write(chunk), scan(chunk)));
    child.on('error', () => resolvePromise({ code: 1, counts }));
    child.on('exit', (code, signal) => {
      addCounts(counts, pending);
      resolvePromise({ code: code ?? (signal ? 1 : 0), counts });
    });
  });
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * `pnpm -r`/`--filter` runs put "<package path> <script>: " in front of every line of a
 * package's output; the summary must count those lines too.
 */
const PNPM_PREFIX = /^\S+ [\w:-]+: /;

/**
 * Adds what one output line says to `counts`: a Jest summary ("Tests: 3 passed, 4 total"),
 * a Jest retry, or the closing counts of Node's test runner in TAP ("# pass 3").
 */
export function addCounts(counts, rawLine) {
  const line = rawLine.replace(ANSI, '').replace(PNPM_PREFIX, '').trim();
  const tap = /^# (pass|fail|skipped) (\d+)$/.exec(line);
  if (tap) {
    counts[{ pass: 'passed', fail: 'failed', skipped: 'skipped' }[tap[1]]] += Number(tap[2]);
    return;
  }
  // Jest (with logErrorsBeforeRetry) prints "● <test>" then "RETRY n" before retrying it.
  const title = /^● (.+)$/.exec(line);
  if (title) counts.lastTitle = title[1];
  if (/^RETRY \d+$/.test(line)) {
    counts.retried.push(counts.lastTitle ?? '(unnamed test)');
    return;
  }
  const match = /^Tests:\s+(.*)$/.exec(line);
  if (!match) return;
  counts.summary = line;
  for (const part of match[1].split(',')) {
    const [, number, kind] = /(\d+)\s+(\w+)/.exec(part.trim()) ?? [];
    if (number && ['passed', 'failed', 'skipped', 'total'].includes(kind)) {
      counts[kind] += Number(number);
    }
  }
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

/** Empty test counts for {@link addCounts}. */
export function newCounts() {
  return { passed: 0, failed: 0, skipped: 0, total: 0, retried: [] };
}

/**
 * True for a process that only launches this script: `npm exec`/npx, pnpm, or the
 * `sh -c '…'` each of them runs a command through. The user's own shell is not one.
 */
export function isLauncher(commandLine) {
  return /^(\S*\/)?(sh|dash|bash) -c /.test(commandLine) || /\b(npm|npx|pnpm)\b/.test(commandLine);
}

/** `[parent pid, command line]` of a process, or undefined where the system does not say. */
function describe(pid) {
  try {
    if (existsSync('/proc/self/stat')) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      return [ppid, commandLine.trim()];
    }
    const line = execFileSync('ps', ['-o', 'ppid=,command=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const [, ppid, commandLine] = /^(\d+)\s+(.*)$/.exec(line) ?? [];
    return ppid ? [Number(ppid), commandLine] : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Calls `onGone` once when a process that launched this one (npx, pnpm, their shells)
 * ends. `kill <pid of npx>` reaches only npx and the `sh -c` it runs pnpm through: that
 * shell dies without passing the signal on, and pnpm, this script and the server would
 * carry on as orphans holding the port. Watching the launchers turns that into a clean stop.
 */
export function watchLaunchers(onGone, intervalMs = 500) {
  const launchers = [];
  for (let pid = process.ppid; pid > 1 && launchers.length < 8;) {
    const described = describe(pid);
    if (!described || !isLauncher(described[1])) break;
    launchers.push(pid);
    pid = described[0];
  }
  if (launchers.length === 0) return () => {};
  const timer = setInterval(() => {
    if (launchers.every(alive)) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
