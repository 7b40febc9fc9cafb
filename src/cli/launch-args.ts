// The command lines `npm start` runs, kept apart so they can be read and tested on their own.

/** Chromium or Chrome: a fresh profile, only Receipts loaded, the page open. */
export function chromiumArgs(extension: string, profile: string, url: string, asRoot: boolean): string[] {
  return [
    `--user-data-dir=${profile}`,
    `--load-extension=${extension}`,
    `--disable-extensions-except=${extension}`,
    // Lets Google Chrome 137+ honour --load-extension again; Chromium never needed it.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--window-size=1280,900',
    // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
    ...(asRoot ? ['--no-sandbox'] : []),
    url,
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
