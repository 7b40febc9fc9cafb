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
    const page = await browser.newPage();
    await page.goto(url);
    const answer = await settledClaims(panel, await panel.tabId(), 60_000);
    return { url, browser: kind, state: answer.state, pageDate: answer.pageDate, claims: answer.claims };
  } finally {
    await browser.close();
    await offline.close();
  }
}
