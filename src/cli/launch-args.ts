// The command lines `npm start` runs, kept apart so they can be read and tested on their own.

/**
 * Chromium or Chrome with a fresh profile and only Receipts, opening a blank tab: start.ts opens the
 * page once Receipts is loaded. --load-extension loads it in Chromium; Google Chrome 137+ ignores
 * that switch, so Receipts is also loaded over the DevTools pipe (Extensions.loadUnpacked, which
 * needs --enable-unsafe-extension-debugging), which only this process can reach.
 */
export function chromiumArgs(extension: string, profile: string, asRoot: boolean): string[] {
  return [
    `--user-data-dir=${profile}`,
    `--load-extension=${extension}`,
    `--disable-extensions-except=${extension}`,
    '--remote-debugging-pipe',
    '--enable-unsafe-extension-debugging',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--window-size=1280,900',
    // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
    ...(asRoot ? ['--no-sandbox'] : []),
    'about:blank',
  ];
}

/** web-ext run, with a profile we own so we can delete it, and no file watching or key input. */
export function webExtArgs(extension: string, firefox: string, profile: string, url: string): string[] {
  return [
    'run',
    `--source-dir=${extension}`,
    `--firefox=${firefox}`,
    `--firefox-profile=${profile}`,
    '--profile-create-if-missing',
    '--keep-profile-changes',
    `--start-url=${url}`,
    '--no-reload',
    '--no-input',
    '--no-config-discovery',
  ];
}
