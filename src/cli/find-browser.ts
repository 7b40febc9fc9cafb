import { accessSync, constants, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

// Where `npm start` and `npm run scan` look for a browser. Kept free of side effects (the file test
// is passed in) so the search order can be tested on any machine.

export type BrowserKind = 'chromium' | 'firefox';

export interface Environment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** True when the path is an executable file. */
  isExecutable(path: string): boolean;
}

/** Variables that name a browser's executable, first match wins. */
export const BROWSER_VARIABLES: Record<BrowserKind, string[]> = {
  chromium: ['CHROME_PATH', 'CHROMIUM_PATH'],
  firefox: ['FIREFOX_PATH'],
};

// Chromium before Google Chrome: branded Chrome builds stopped honouring --load-extension (Chrome
// 137), which is how `npm start` loads Receipts.
const COMMANDS: Record<BrowserKind, string[]> = {
  chromium: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'],
  firefox: ['firefox', 'firefox-esr'],
};

const FIXED_PATHS: Record<BrowserKind, Partial<Record<NodeJS.Platform, string[]>>> = {
  chromium: {
    linux: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
    ],
    darwin: [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
  },
  firefox: {
    linux: ['/usr/bin/firefox', '/usr/bin/firefox-esr', '/snap/bin/firefox'],
    darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  },
};

function windowsPaths(kind: BrowserKind, env: Environment['env']): string[] {
  const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
    (root): root is string => !!root,
  );
  const tails =
    kind === 'chromium'
      ? ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe']
      : ['Mozilla Firefox\\firefox.exe'];
  return tails.flatMap((tail) => roots.map((root) => `${root}\\${tail}`));
}

/** Every place looked at, in order: the environment variables, the usual install paths, then PATH. */
export function browserCandidates(kind: BrowserKind, { platform, env }: Omit<Environment, 'isExecutable'>) {
  const named = BROWSER_VARIABLES[kind].map((name) => env[name]).filter((path): path is string => !!path);
  const fixed = platform === 'win32' ? windowsPaths(kind, env) : (FIXED_PATHS[kind][platform] ?? []);
  const path = platform === 'win32' ? win32 : posix;
  const pathDirs = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean);
  const suffix = platform === 'win32' ? '.exe' : '';
  const onPath = COMMANDS[kind].flatMap((command) => pathDirs.map((dir) => path.join(dir, command + suffix)));
  return [...new Set([...named, ...fixed, ...onPath])];
}

/** The first candidate that is an executable file, or null. */
export function findBrowser(kind: BrowserKind, environment: Environment): string | null {
  return browserCandidates(kind, environment).find((path) => environment.isExecutable(path)) ?? null;
}

/**
 * Why no browser window can open here, or null when one can. On Linux (and the BSDs) a window needs
 * an X11 or Wayland display; macOS and Windows always have one.
 */
export function displayProblem({ platform, env }: Omit<Environment, 'isExecutable'>): string | null {
  if (platform === 'darwin' || platform === 'win32') return null;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.';
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export const thisMachine = (): Environment => ({
  platform: process.platform,
  env: process.env,
  isExecutable,
});
