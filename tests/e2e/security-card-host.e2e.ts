import { expect } from 'vitest';
import { settledClaims, waitFor } from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { cardText, pointAt, sleep } from './page-support';

// What a page's own scripts, in its main world, can see and do of Receipts (fixtures/security-probe.html
// listens from before Receipts arrives). The card's shadow root is closed (see card-host.ts): the page
// finds the host element and nothing inside it, and beyond that no handle: no globals, no properties
// or listeners of ours on the host, no messages or events carrying our data, and no way to switch
// Receipts off by posing as a newer copy of it. The test itself reads the card through the browser's
// automation protocol (src/browsers/card-reader.ts).

const server = useOfflineServer();

interface Seen {
  newGlobals: string[];
  heard: { where: string; type: string; carried: string | null }[];
  hostProps: string[];
  hostAttributes: string[];
  pageSeesRoot: boolean;
}

describeBrowsers(({ name, test }) => {
  let tabId: number;
  let extensionId: string;
  test.beforeAll(async ({ panel }) => {
    extensionId = await panel.page.evaluate(() => {
      const g = globalThis as unknown as {
        browser?: { runtime: { id: string } };
        chrome?: { runtime: { id: string } };
      };
      return (g.browser ?? g.chrome)?.runtime.id ?? '';
    });
    // Every claim painted, Related too, so the impostor test below sees both claims' paint stay.
    await panel.setShowRelated(true);
  });
  // The page after the switch, as a reader's would be.
  test.beforeAll(async ({ panel, page }) => {
    await page.goto(`${server.origin}/fixtures/security-probe.html?id=${encodeURIComponent(extensionId)}`);
    tabId = await panel.tabId();
    const { claims } = await settledClaims(panel, tabId);
    expect(claims.length).toBe(2);
  });

  test('with a card open, the page finds no handle beyond what is on screen', async ({ page }) => {
    const point = await pointAt(page, 'Armenian Prime');
    if (!point) throw new Error('no claim');
    await page.mouseMove(point.x, point.y);
    await waitFor(async () => (await cardText(page)) !== null);
    const seen: Seen = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: { globals: string[]; heard: Seen['heard'] } }).__probe;
      const before = new Set([...probe.globals, '__probe']);
      const host = document.querySelector('receipts-card') as HTMLElement;
      const own = (node: object) => [
        ...Object.getOwnPropertyNames(node),
        ...Object.getOwnPropertySymbols(node).map(String),
      ];
      return {
        newGlobals: Object.getOwnPropertyNames(window).filter((n) => !before.has(n)),
        heard: probe.heard,
        hostProps: own(host),
        hostAttributes: host.getAttributeNames(),
        pageSeesRoot: host.shadowRoot !== null,
      };
    });
    // Preact keeps its state on the nodes it renders; those properties live in Receipts' own world.
    const inner = await page.inCard((root) => ({
      mode: root.mode,
      props: [root, ...root.querySelectorAll('*')].flatMap((n) => [
        ...Object.getOwnPropertyNames(n),
        ...Object.getOwnPropertySymbols(n).map(String),
      ]),
    }));
    console.log(`${name}: ${JSON.stringify(seen)}`);
    expect(seen.newGlobals).toEqual([]);
    // WXT's context announces its start with an event on the document (it stops older copies of
    // the script that way), which a page that works out its name hears in Chromium: the script's
    // name and a random id, nothing of the reader's or the record's. Nothing else is heard, and
    // nothing at all by window messages.
    const announcement = /^\{"contentScriptName":"page-app","messageId":"[a-z0-9]+"\}$/;
    expect(
      seen.heard.filter(
        (h) => !(h.type.endsWith(':wxt:content-script-started') && announcement.test(h.carried ?? '')),
      ),
    ).toEqual([]);
    expect(seen.hostProps).toEqual([]);
    expect(seen.hostAttributes.filter((a) => a !== 'style' && a !== 'data-wxt-shadow-root')).toEqual([]);
    expect(seen.pageSeesRoot).toBe(false);
    expect(inner).toEqual({ mode: 'closed', props: [] });
  });

  test("the page cannot drive the card: its synthetic clicks and keys do nothing, the reader's do", async ({
    panel,
    page,
  }) => {
    const cardOpen = async () => (await cardText(page)) !== null;
    const point = await pointAt(page, 'Armenian Prime');
    if (!point) throw new Error('no claim');
    await page.mouseMove(point.x, point.y);
    await waitFor(cardOpen, 5_000, 'the card');
    // A page cannot reach the buttons in the closed root; the test can, and its clicks are as
    // synthetic as a page's would be. The host itself the page does reach.
    await page.evaluate(() => {
      const host = document.querySelector('receipts-card');
      for (const type of ['keydown', 'keyup'])
        host?.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    const pressed = await page.inCard((root) => {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
      for (const button of buttons) button.click();
      const card = root.querySelector('.card');
      for (const type of ['keydown', 'keyup'])
        card?.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', bubbles: true, composed: true }));
      return buttons.map((b) => b.className);
    });
    expect(pressed).toEqual(expect.arrayContaining(['close', 'more']));
    await sleep(300);
    expect(await cardOpen()).toBe(true);
    // "More in the sidebar" would have left the claim waiting for the sidebar.
    const waiting = await panel.page.evaluate(async () => {
      const g = globalThis as unknown as {
        browser?: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
        chrome?: { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      return (await (g.browser ?? g.chrome)?.storage.session.get('pendingHandOff'))?.pendingHandOff ?? null;
    });
    expect(waiting).toBeNull();
    // The reader's own key still works.
    await page.press('Escape');
    await waitFor(async () => !(await cardOpen()), 5_000, 'Escape from the reader to close the card');
  });

  test('the page cannot switch Receipts off by posing as a newer copy of it', async ({ panel, page }) => {
    const painted = () =>
      page.evaluate(() => {
        let count = 0;
        (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.forEach((h) => {
          count += h.size;
        });
        return count;
      });
    await waitFor(async () => (await painted()) >= 2, 5_000, 'both claims painted');
    const before = await painted();
    await page.evaluate((id) => {
      for (const script of ['content', 'page-app', 'first-look']) {
        const type = `${id}:${script}:wxt:content-script-started`;
        const detail = { contentScriptName: script, messageId: 'impostor' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, contentScriptName: script, messageId: 'impostor' }, '*');
      }
    }, extensionId);
    await sleep(500);
    expect(await painted()).toBe(before);
    const answer = await panel.toPage<{ state: string; claims: unknown[] }>(tabId, { type: 'page-claims' });
    expect(answer.state).toBe('ready');
    expect(answer.claims).toHaveLength(2);
  });
});
