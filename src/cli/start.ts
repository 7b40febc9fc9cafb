import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { ensureBuilt, extensionDir, REPO_ROOT } from './built-extension';
import { devToolsPipe } from './devtools-pipe';
import {
  BROWSER_VARIABLES,
  type BrowserKind,
  displayProblem,
  findBrowser,
  thisMachine,
} from './find-browser';
import { chromiumArgs, webExtArgs } from './launch-args';
import { pageToOpen } from './page-to-open';
import { parseStartArgs, START_USAGE } from './run-options';

// npm start [-- --browser firefox] [file.html | http://127.0.0.1:PORT/page]
// A browser window with a throwaway profile, Receipts loaded and the demo article open. Ctrl-C (or
// closing the window) ends the browser and the server and deletes the profile.

const SCAN_HINT = 'To see what Receipts finds without a browser window: npm run scan';

// A fresh Chromium profile puts Receipts' button in the extensions menu, not on the toolbar, and
// Chromium has no API or flag to pin it, so say where it is. Firefox's manifest asks for the
// toolbar (browser_action.default_area, wxt.config.ts).
const TOOLBAR_HINT: Record<BrowserKind, string | undefined> = {
  chromium:
    "Receipts' button, whose badge counts the page's claims, is in the Extensions menu (the puzzle piece\n" +
    'right of the address bar): click the pin beside Receipts to keep it on the toolbar.',
  firefox: undefined,
};

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function browserName(kind: BrowserKind, executable: string): string {
  if (kind === 'firefox') return 'Firefox';
  return /chromium/i.test(executable) ? 'Chromium' : 'Chrome';
}

function launch(kind: BrowserKind, executable: string, profile: string, url: string): ChildProcess {
  const extension = extensionDir(kind);
  if (kind === 'chromium')
    // fds 3 and 4: the DevTools pipe (see openInChromium).
    return spawn(executable, chromiumArgs(extension, profile, process.getuid?.() === 0), {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
  const webExt = join(
    REPO_ROOT,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'web-ext.cmd' : 'web-ext',
  );
  return spawn(webExt, webExtArgs(extension, executable, profile, url), {
    // Its log is kept, and shown only if it fails (see below).
    stdio: ['ignore', 'pipe', 'inherit'],
    // web-ext's CLI otherwise asks the npm registry whether a newer web-ext exists.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    shell: process.platform === 'win32',
  });
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * Makes sure Receipts is loaded (Google Chrome ignores --load-extension), then opens the page in a
 * new tab and closes the blank one, so the content script is there when the page loads.
 */
async function openInChromium(browser: ChildProcess, url: string): Promise<void> {
  const devtools = devToolsPipe(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
  try {
    await devtools.send('Extensions.loadUnpacked', { path: extensionDir('chromium') });
  } catch (error) {
    // Chrome before 126 has no Extensions domain; --load-extension has loaded Receipts there.
    console.error(`(Extensions.loadUnpacked: ${(error as Error).message}; relying on --load-extension)`);
  }
  const { targetInfos } = await devtools.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  await devtools.send('Target.createTarget', { url });
  for (const target of targetInfos)
    if (target.type === 'page' && target.url === 'about:blank')
      await devtools.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
}

const parsed = parseStartArgs(process.argv.slice(2));
if (!parsed.ok) {
  if ('help' in parsed) {
    console.log(START_USAGE);
    process.exit(0);
  }
  fail(`${parsed.error}\n${START_USAGE}`, 2);
}
const { browser: kind, page } = parsed.options;
const name = kind === 'firefox' ? 'Firefox' : 'Chrome or Chromium';

const machine = thisMachine();
const noDisplay = displayProblem(machine);
if (noDisplay) fail(`${noDisplay}\n${SCAN_HINT}`);
const executable = findBrowser(kind, machine);
if (!executable) {
  const other = kind === 'firefox' ? 'npm start' : 'npm start -- --browser firefox';
  fail(
    `No ${name} found (looked at ${BROWSER_VARIABLES[kind].join(', ')}, the usual install places and PATH).\n` +
      `Name its executable in ${BROWSER_VARIABLES[kind][0]}, or try the other browser: ${other}\n${SCAN_HINT}`,
  );
}
if (!ensureBuilt(kind, (line) => console.log(line))) fail('The build failed; see above.');

const opened = await pageToOpen(page);
if ('error' in opened) fail(opened.error);
const { url, server } = opened;

const profile = await mkdtemp(join(tmpdir(), `receipts-${kind}-`));
const browser = launch(kind, executable, profile, url);
let webExtLog = '';
browser.stdout?.on('data', (chunk: Buffer) => {
  webExtLog = (webExtLog + chunk.toString()).slice(-20_000);
});

let ending = false;
async function end(code: number) {
  if (ending) return;
  ending = true;
  if (browser.exitCode === null && browser.signalCode === null) {
    const exited = new Promise((done) => browser.once('exit', done));
    browser.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
    if (browser.exitCode === null && browser.signalCode === null) browser.kill('SIGKILL');
  }
  await server?.close();
  // The browser's helper processes can hold the profile for a moment after it exits.
  await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  process.exit(code);
}

browser.once('error', (error) => {
  console.error(`Could not start ${executable}: ${error.message}`);
  void end(1);
});
browser.once('exit', (status) => {
  if (ending) return;
  // web-ext exits with a status when Firefox could not be started or the add-on not installed.
  const failed = status !== 0 && status !== null && kind === 'firefox';
  if (failed) console.error(`web-ext stopped (status ${status}):\n${webExtLog.trimEnd()}`);
  else console.log('The browser closed.');
  void end(failed ? 1 : 0);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void end(0));

if (kind === 'chromium')
  await openInChromium(browser, url).catch((error: Error) => {
    if (!ending) console.error(`Could not open ${url} in the browser: ${error.message}`);
  });
if (!ending)
  console.log(
    `Receipts is running in ${browserName(kind, executable)} on ${url}\n` +
      'Claims are highlighted by verdict; hover one (or press Alt+Shift+.) to open its card.\n' +
      (TOOLBAR_HINT[kind] ? `${TOOLBAR_HINT[kind]}\n` : '') +
      'Ctrl-C here closes the browser and deletes its temporary profile.',
  );
