import { BROWSERS, openPanel, refuseInternet, settledClaims } from '../browsers';
import type { BrowserKind } from './find-browser';
import type { ScanReport } from './scan-report';

// The scan drives the browsers the way the end-to-end tests do (src/browsers): the built extension
// in a fresh headless profile, the page in a tab, and the claims read back from the content
// script's own 'page-claims' answer, so what it prints is what the reader's cards show.

/** Opens `url` (on 127.0.0.1) with Receipts in a headless browser and returns what Receipts found. */
export async function scanPage(url: string, kind: BrowserKind, executable: string): Promise<ScanReport> {
  // Requests the page makes to anywhere but 127.0.0.1 fail at once (see refuseInternet).
  const offline = await refuseInternet();
  const launcher = BROWSERS.find((b) => b.name === kind);
  if (!launcher) throw new Error(`no launcher for ${kind}`);
  const browser = await launcher.launch(undefined, { executablePath: executable });
  try {
    const panel = await openPanel(browser);
    // This script runs under tsx, whose esbuild keeps function names by wrapping named functions in
    // a __name() helper; a function the launcher sends to the browser (its text, not its closure) then
    // calls a __name the page does not have. Vitest's transform does not do this, so the tests never
    // see it. Passed as a string so that this line is not wrapped itself.
    await panel.page.evaluate('globalThis.__name ??= (fn) => fn' as never);
    const page = await browser.newPage();
    await page.goto(url);
    const answer = await settledClaims(panel, await panel.tabId(), 60_000);
    return { url, browser: kind, state: answer.state, pageDate: answer.pageDate, claims: answer.claims };
  } finally {
    await browser.close();
    await offline.close();
  }
}
