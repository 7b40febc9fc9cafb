import type { CheckResult } from '../engine';
import { FIRST_LOOK_KEY } from '../messages/first-look-answer';
import type { PageClaims } from '../messages/page-contract';
import type { Ext, ExtensionApi } from './extension-api';
import type { TestBrowser, TestPage } from './page';
import { waitFor } from './wait';

/**
 * An extension page kept open in a tab of its own, from which a test uses the extension's APIs:
 * find a tab, read its badge, message its content script (the same path the popup and the
 * keyboard commands use), change the stored settings.
 */
export interface Panel {
  page: TestPage;
  /** The tab the test's page is in. */
  tabId(): Promise<number>;
  badge(tabId: number): Promise<{ text: string; color: number[] }>;
  toPage<T>(tabId: number, message: unknown): Promise<T>;
  setPausedSites(sites: string[]): Promise<void>;
  /** The options page's "Show related sentences on the page" (src/settings/show-related.ts). */
  setShowRelated(on: boolean): Promise<void>;
  /** The background's own answer for one sentence, to compare the card against. */
  check(sentence: string, pageDate: string | null): Promise<CheckAnswer>;
}

/** The engine's answer, as the background sends it. */
export type CheckAnswer = CheckResult;

export async function openPanel(browser: TestBrowser): Promise<Panel> {
  const page = await browser.openExtensionPage('options.html');
  return {
    page,
    // Tab URLs are hidden from the extension (no "tabs" permission, by design), so the page is
    // found as the active tab: tests open the panel first and their page after it.
    tabId: async () => {
      let id: number | undefined;
      await waitFor(
        async () => {
          id = await page.evaluate(async () => {
            const g = globalThis as unknown as Ext;
            const ext = g.browser ?? g.chrome;
            const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
            return tab?.id;
          });
          return id !== undefined;
        },
        15_000,
        'the active tab',
      );
      return id as number;
    },
    badge: (tabId) =>
      page.evaluate(async (id) => {
        const g = globalThis as unknown as Ext;
        const ext = g.browser ?? g.chrome;
        const action =
          ext.action ?? (ext as unknown as { browserAction: ExtensionApi['action'] }).browserAction;
        return {
          text: await action.getBadgeText({ tabId: id }),
          color: [...((await action.getBadgeBackgroundColor({ tabId: id })) as number[])],
        };
      }, tabId),
    // Answers come back as JSON text: WebDriver BiDi drops values nested deeper than a few levels.
    toPage: async (tabId, message) =>
      JSON.parse(
        await page.evaluate(
          async ({ id, m, key }) => {
            const g = globalThis as unknown as Ext;
            const ext = g.browser ?? g.chrome;
            try {
              return JSON.stringify(await ext.tabs.sendMessage(id, m, { frameId: 0 }));
            } catch (error) {
              // No page app on the page: read what the first look left, as sendToPage does.
              const [frame] = await ext.scripting
                .executeScript({
                  target: { tabId: id, frameIds: [0] },
                  func: (key: string) => (globalThis as Record<string, unknown>)[key] ?? null,
                  args: [key],
                })
                .catch(() => []);
              if (frame?.result && (m as { type?: string }).type === 'page-claims')
                return JSON.stringify(frame.result);
              return JSON.stringify({ error: `send failed: ${(error as Error).message}` });
            }
          },
          { id: tabId, m: message, key: FIRST_LOOK_KEY },
        ),
      ),
    setPausedSites: (sites) =>
      page.evaluate(async (list) => {
        const g = globalThis as unknown as Ext;
        const ext = g.browser ?? g.chrome;
        await ext.storage.local.set({ pausedSites: list });
      }, sites),
    setShowRelated: (on) =>
      page.evaluate(async (value) => {
        const g = globalThis as unknown as Ext;
        const ext = g.browser ?? g.chrome;
        await ext.storage.local.set({ showRelated: value });
      }, on),
    check: async (sentence, pageDate) => {
      const answer = await page.evaluate(
        async ({ s, d }) => {
          const g = globalThis as unknown as Ext;
          const ext = g.browser ?? g.chrome;
          return JSON.stringify(
            await ext.runtime.sendMessage({ type: 'check', sentences: [s], pageDate: d }),
          );
        },
        { s: sentence, d: pageDate },
      );
      return (JSON.parse(answer) as { results: CheckAnswer[] }).results[0] as CheckAnswer;
    },
  };
}

/** The content script's answer to 'page-claims' (src/messages/page-contract.ts). */
export type PageClaimsAnswer = PageClaims;

/** Waits until the page's content script has finished reading the page and hearing the engine. */
export async function settledClaims(
  panel: Panel,
  tabId: number,
  timeoutMs = 20_000,
): Promise<PageClaimsAnswer> {
  let answer: PageClaimsAnswer | undefined;
  await waitFor(
    async () => {
      answer = await panel.toPage<PageClaimsAnswer>(tabId, { type: 'page-claims' });
      return answer?.state === 'ready' || answer?.state === 'no-mentions' || answer?.state === 'paused';
    },
    timeoutMs,
    'the content script to settle',
  );
  return answer as PageClaimsAnswer;
}
