import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { Launch, TestBrowser } from './page';

// The browsers the end-to-end tests, the bench and the scan CLI drive, with the built extension
// loaded: one launcher for all three, importing no test framework.

export const BROWSERS: { name: TestBrowser['name']; launch: Launch }[] = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
];

export { BUILD_DIR, REPO_ROOT } from './built';
export { devtoolsOf, readCardChromium, readCardFirefox } from './card-reader';
export { CHROMIUM_FLAGS, loadExtensionFlags } from './chromium-flags';
export { chromiumPath, firefoxPath } from './executables';
export type { Ext, ExtensionApi } from './extension-api';
export { GECKO_ID } from './firefox';
export { type LoopbackServer, listenOnLoopback } from './loopback';
export { refuseInternet } from './offline';
export type { Clip, ConsoleEntry, Launch, LaunchOptions, TestBrowser, TestPage, View } from './page';
export { DEFAULT_VIEW } from './page';
export { type CheckAnswer, openPanel, type PageClaimsAnswer, type Panel, settledClaims } from './panel';
export { refuseTunnels } from './refuse-tunnel';
export { waitFor } from './wait';
