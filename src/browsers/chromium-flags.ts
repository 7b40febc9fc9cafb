// The command line every headless Chromium of the project starts with (the e2e tests, the bench,
// the scan CLI): no sandbox or GPU in containers, and nothing of its own on the network (no
// component updates, sync, first-run pages or QUIC) to disturb a page's timing or the offline proxy.

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The flags that load the unpacked extension in `dir` and no other. */
export const loadExtensionFlags = (dir: string): string[] => [
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
];
