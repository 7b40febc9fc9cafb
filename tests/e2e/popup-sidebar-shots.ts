import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Ext, REPO_ROOT, type TestPage, waitFor } from '../../src/browsers';

// Screenshots of the popup and the sidebar for the README, taken when SCREENSHOTS=1: opened as tabs,
// the panels fill a 1280×900 viewport, so the shot is clipped to the panel's own box.

export const SCREENSHOTS = process.env.SCREENSHOTS === '1';

/** The id of the one web page tab whose content script answers, asked from an extension page. */
export async function pageTabId(helper: TestPage): Promise<number> {
  let id: number | null = null;
  await waitFor(
    async () => {
      id = await helper.evaluate(async () => {
        const api = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
        for (const tab of await api.tabs.query({})) {
          // Our own pages are not it (with host access to every site, other tabs' addresses show too).
          if (tab.id === undefined || tab.url?.startsWith(location.origin)) continue;
          const answer = await api.tabs
            .sendMessage(tab.id, { type: 'page-claims' }, { frameId: 0 })
            .catch(() => null);
          if (answer) return tab.id;
        }
        return null;
      });
      return id !== null;
    },
    15_000,
    'a tab with Receipts running',
  );
  return id as unknown as number;
}

/** The id of a tab whose address the extension may see (its own pages). */
export async function ownTabId(helper: TestPage, url: string): Promise<number> {
  const id = await helper.evaluate(async (u) => {
    const api = (globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab at ${url}`);
  return id;
}

export async function shootPanel(page: TestPage, selector: string, name: string): Promise<void> {
  const clip = await page.evaluate((sel) => {
    const rect = document.querySelector(sel)?.getBoundingClientRect();
    return rect
      ? { x: 0, y: 0, width: Math.ceil(rect.right), height: Math.ceil(Math.min(rect.bottom, innerHeight)) }
      : null;
  }, selector);
  if (!clip) throw new Error(`no ${selector} to shoot`);
  const path = join(REPO_ROOT, 'docs/screenshots', `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot(path, clip);
}
