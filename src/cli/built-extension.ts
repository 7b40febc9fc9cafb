import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserKind } from './find-browser';

// `npm start` and `npm run scan` run the extension as built in .output/ (or RECEIPTS_OUT_DIR, as
// the build and the end-to-end tests read it), and rebuild it first when the sources are newer.

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const BUILD_FOLDERS: Record<BrowserKind, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };

export function extensionDir(kind: BrowserKind, env: Record<string, string | undefined> = process.env) {
  return join(resolve(REPO_ROOT, env.RECEIPTS_OUT_DIR ?? '.output'), BUILD_FOLDERS[kind]);
}

// What the build reads. src/cli is left out: these scripts run from source and are not built.
const SOURCES = [
  'entrypoints',
  'src',
  'data',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
];
const NOT_BUILT = new Set([join(REPO_ROOT, 'src', 'cli')]);

/** The latest modification time (ms) of any file under the given paths; 0 when there are none. */
export function newestModification(paths: readonly string[], skip: ReadonlySet<string> = new Set()): number {
  let newest = 0;
  const visit = (path: string) => {
    if (skip.has(path) || !existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of paths) visit(path);
  return newest;
}

/** Why the build needs to run again, or null when it is current. */
export function buildProblem(kind: BrowserKind, env: Record<string, string | undefined> = process.env) {
  const manifest = join(extensionDir(kind, env), 'manifest.json');
  if (!existsSync(manifest)) return 'not built yet';
  const sources = newestModification(
    SOURCES.map((path) => join(REPO_ROOT, path)),
    NOT_BUILT,
  );
  return sources > statSync(manifest).mtimeMs ? 'the sources changed since the last build' : null;
}

/**
 * Runs `npm run build` when the build is missing or stale; false if the build failed. The build's
 * own output is shown only when it fails: a first run should not open on two hundred lines of it.
 */
export function ensureBuilt(kind: BrowserKind, log: (line: string) => void): boolean {
  const problem = buildProblem(kind);
  if (!problem) return true;
  log(`Building Receipts (${problem}) with npm run build…`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    shell: process.platform === 'win32',
  });
  if (result.status !== 0 || !existsSync(join(extensionDir(kind), 'manifest.json'))) {
    log(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trimEnd());
    return false;
  }
  log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
