import { expect } from 'vitest';
import {
  openPanel,
  type PageClaimsAnswer,
  type Panel,
  type TestBrowser,
  type TestPage,
} from '../../src/browsers';
import { describeBrowsers, useOfflineServer } from './harness/fixtures';
import { sleep } from './page-support';

// A page that names the CSTO and Pashinyan only where the reader cannot see them (hidden, script
// and template text, transparent, off the page, a pixel-sized box: fixtures/security-hidden-mentions.html)
// must not bring Receipts in, and so must not learn that it is installed: from its main world it
// finds no global, no event, no element, no custom element, no highlight, no style of ours. The
// same page with one visible sentence (?show=1) is the control: there Receipts must come in.

const server = useOfflineServer();

interface Trace {
  newGlobals: string[];
  heard: { where: string; type: string }[];
  highlights: string[];
  customElement: boolean;
  foreignElements: string[];
  styleSheets: number;
  rootAttributes: string[];
  rootStyle: string;
}

const readTrace = (page: TestPage): Promise<Trace> =>
  page.evaluate(() => {
    const probe = (window as unknown as { __probe: { globals: string[]; heard: Trace['heard'] } }).__probe;
    const before = new Set([...probe.globals, '__probe', '__article']);
    const names: string[] = [];
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_h, name) => {
      names.push(name);
    });
    const known = new Set(['HTML', 'HEAD', 'META', 'TITLE', 'STYLE', 'SCRIPT', 'BODY', 'H1', 'P', 'DIV']);
    for (const tag of ['SPAN', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'DETAILS', 'SUMMARY']) known.add(tag);
    return {
      newGlobals: Object.getOwnPropertyNames(window).filter((n) => !before.has(n)),
      heard: probe.heard,
      highlights: names,
      customElement: customElements.get('receipts-card') !== undefined,
      foreignElements: [...document.querySelectorAll('*')].map((e) => e.tagName).filter((t) => !known.has(t)),
      styleSheets: document.styleSheets.length,
      rootAttributes: [...document.documentElement.getAttributeNames(), ...document.body.getAttributeNames()],
      rootStyle: [...getComputedStyle(document.documentElement)].filter((p) => p.startsWith('--')).join(','),
    };
  });

describeBrowsers(({ name, test }) => {
  let extensionId: string;
  test.beforeAll(async ({ browser }) => {
    const panel = await openPanel(browser);
    extensionId = await panel.page.evaluate(() => {
      const g = globalThis as unknown as {
        browser?: { runtime: { id: string } };
        chrome?: { runtime: { id: string } };
      };
      return (g.browser ?? g.chrome)?.runtime.id ?? '';
    });
    await panel.page.close();
  });

  const visit = async (
    browser: TestBrowser,
    show: boolean,
  ): Promise<{ page: TestPage; panel: Panel; tabId: number }> => {
    const panel = await openPanel(browser);
    const page = await browser.newPage();
    await page.goto(
      `${server.origin}/fixtures/security-hidden-mentions.html?id=${encodeURIComponent(extensionId)}&show=${show ? 1 : 0}`,
    );
    return { page, panel, tabId: await panel.tabId() };
  };

  test('hidden mentions only: no trace of Receipts, and the popup says there is nothing to check', async ({
    browser,
  }) => {
    const { page, panel, tabId } = await visit(browser, false);
    // Past the page's own late changes (200 ms) and the mention watch's second look at hidden text.
    await sleep(1_500);
    const trace = await readTrace(page);
    console.log(`${name}: ${JSON.stringify(trace)}`);
    expect(trace).toEqual<Trace>({
      newGlobals: [],
      heard: [],
      highlights: [],
      customElement: false,
      foreignElements: [],
      styleSheets: 1,
      rootAttributes: ['lang'],
      rootStyle: '',
    });
    const answer = await panel.toPage<PageClaimsAnswer>(tabId, { type: 'page-claims' });
    expect(answer.state).toBe('no-mentions');
    expect((await panel.badge(tabId)).text).toBe('');
    await page.close();
    await panel.page.close();
  });

  test('the control: one visible sentence brings Receipts in, and its highlight shows', async ({
    browser,
  }) => {
    const { page, panel, tabId } = await visit(browser, true);
    await sleep(1_500);
    const trace = await readTrace(page);
    expect(trace.highlights.length).toBeGreaterThan(0);
    expect((await panel.badge(tabId)).text).not.toBe('');
    await page.close();
    await panel.page.close();
  });
});
