// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CardHost } from '../../../../src/content-scripts/page-app/card-controller';
import { ACTIVE_NAMES, HIGHLIGHT_NAMES } from '../../../../src/content-scripts/page-app/highlights';
import { type PageApp, type PageEnv, startPageApp } from '../../../../src/content-scripts/page-app/page-app';
import type { CheckResult } from '../../../../src/engine';
import type { PageClaims } from '../../../../src/messages/page-contract';
import { type FakeHighlight, installFakeHighlights, result } from './fixtures';

let registry: Map<string, FakeHighlight>;
let app: PageApp | null;
let statuses: [number, string | null][];
let mounted: number;
let checked: string[];
let paused: string[];
let pausedWatchers: ((sites: readonly string[]) => void)[];
let showRelatedWatchers: ((on: boolean) => void)[];

// The engine stand-in: "not attend" conflicts with the record, other CSTO sentences are related,
// the rest has nothing in the record.
function fakeCheck(sentences: string[]): Promise<CheckResult[]> {
  checked.push(...sentences);
  return Promise.resolve(
    sentences.map((s) =>
      /not attend/.test(s)
        ? result({ verdict: 'conflicting', reason: 'He attended.' })
        : /CSTO/.test(s)
          ? result({ verdict: 'related' })
          : result({ verdict: 'none', evidence: [] }),
    ),
  );
}

function env(): PageEnv {
  return {
    doc: document,
    win: window,
    setTimeout: (run, ms) => window.setTimeout(run, ms) as unknown as number,
    clearTimeout: (id) => window.clearTimeout(id),
    requestAnimationFrame: (run) => window.setTimeout(run, 0) as unknown as number,
    check: (sentences) => fakeCheck(sentences),
    sendStatus: async (count, worst) => statuses.push([count, worst]),
    openSidebar: async () => true,
    pageDate: () => '2023-11-15',
    mountHost: async (): Promise<CardHost & { remove: () => void }> => {
      mounted++;
      const host = document.createElement('receipts-card');
      const shadow = host.attachShadow({ mode: 'open' });
      const container = document.createElement('div');
      shadow.append(container);
      document.documentElement.append(host);
      return { host, container, remove: () => host.remove() };
    },
    pausedSites: {
      get: async () => paused,
      watch: (cb) => {
        pausedWatchers.push(cb);
        return () => pausedWatchers.splice(pausedWatchers.indexOf(cb), 1);
      },
    },
    showRelated: {
      get: async () => false,
      watch: (cb) => {
        showRelatedWatchers.push(cb);
        return () => showRelatedWatchers.splice(showRelatedWatchers.indexOf(cb), 1);
      },
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await wait(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function ask<T>(message: unknown): Promise<T> {
  return (await app?.handleMessage(message)) as T;
}

beforeEach(() => {
  document.head.innerHTML = '<title>t</title>';
  document.body.innerHTML = '';
  registry = installFakeHighlights();
  statuses = [];
  mounted = 0;
  checked = [];
  paused = [];
  pausedWatchers = [];
  showRelatedWatchers = [];
  app = null;
});

afterEach(() => app?.destroy());

const CLAIMS_PAGE =
  '<article><h1>News</h1><p>Armenian Prime Minister Nikol <a href="/p">Pashinyan</a> will not attend the summit. ' +
  'It rained.</p><p>The CSTO met in Minsk.</p><p>Pashinyan likes tea.</p>' +
  '<button id="before">focus me</button></article>';

describe('a page that never mentions the CSTO or Pashinyan', () => {
  test('the first test stops there: no host, no highlight, no message, the DOM as it was', async () => {
    document.body.innerHTML = '<p>MacStories reviewed the phone. Costco opened a store in Armenia.</p>';
    const before = document.documentElement.outerHTML;
    app = startPageApp(env());
    await until(() => app?.state === 'no-mentions', 'no-mentions');
    await wait(200);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(mounted).toBe(0);
    expect(registry.size).toBe(0);
    expect(statuses).toEqual([]);
    expect(checked).toEqual([]);
    const answer = await ask<PageClaims>({ type: 'page-claims' });
    expect(answer).toMatchObject({ state: 'no-mentions', pageDate: null, claims: [], version: 0 });
    // Only the first test ran, in the task that started the app, and it is timed like everything else.
    expect(answer.cost?.longestTask).toBe('start');
    expect(answer.cost?.highlightsAtMs).toBeNull();
  });

  test('an article that arrives later is tested cheaply and then scanned', async () => {
    document.body.innerHTML = '<p>Loading…</p>';
    app = startPageApp(env());
    await until(() => app?.state === 'no-mentions', 'no-mentions');
    const late = document.createElement('p');
    late.textContent = 'Pashinyan will not attend the CSTO summit.';
    document.body.append(late);
    await until(() => statuses.length > 0, 'a badge update');
    expect(statuses.at(-1)).toEqual([1, 'conflicting']);
  });
});

describe('a page with claims', () => {
  beforeEach(async () => {
    document.body.innerHTML = CLAIMS_PAGE;
  });

  test('claims are highlighted by verdict, counted on the badge and listed for the popup', async () => {
    const before = document.documentElement.outerHTML;
    app = startPageApp(env());
    await until(() => app?.state === 'ready', 'ready');
    expect(registry.get(HIGHLIGHT_NAMES.conflicting)?.size).toBe(1);
    // Related is listed and counted but not painted, until the reader turns the setting on.
    expect(registry.get(HIGHLIGHT_NAMES.related)?.size ?? 0).toBe(0);
    for (const watcher of showRelatedWatchers) watcher(true);
    expect(registry.get(HIGHLIGHT_NAMES.related)?.size).toBe(1);
    expect(statuses.at(-1)).toEqual([2, 'conflicting']);
    const answer = await ask<PageClaims>({ type: 'page-claims' });
    expect(answer.state).toBe('ready');
    expect(answer.pageDate).toBe('2023-11-15');
    expect(answer.cost?.highlightsAtMs).toBeGreaterThan(0);
    expect(answer.cost?.totalMs).toBeGreaterThan(0);
    expect(answer.claims.map((c) => [c.index, c.text, c.result.verdict])).toEqual([
      [0, 'Armenian Prime Minister Nikol Pashinyan will not attend the summit.', 'conflicting'],
      [1, 'The CSTO met in Minsk.', 'related'],
    ]);
    // "Pashinyan likes tea." was asked about, answered "none", and is not a claim.
    expect(checked).toContain('Pashinyan likes tea.');
    // Highlights change nothing in the tree, and no card host exists until a card opens.
    expect(document.documentElement.outerHTML).toBe(before);
    expect(mounted).toBe(0);
  });

  test('keyboard: next and previous open the card with focus; Escape closes it and focus returns', async () => {
    app = startPageApp(env());
    await until(() => app?.state === 'ready', 'ready');
    const button = document.getElementById('before') as HTMLButtonElement;
    button.focus();
    expect(await ask({ type: 'navigate-claim', direction: 'next' })).toEqual({ ok: true, index: 0 });
    const host = document.querySelector('receipts-card') as HTMLElement;
    const card = host.shadowRoot?.querySelector('.card') as HTMLElement;
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.getAttribute('aria-label')).toBe('Receipts: Conflicting');
    expect(card.textContent).toContain('He attended.');
    expect(host.shadowRoot?.activeElement ?? document.activeElement).toBe(card);
    expect(registry.get(ACTIVE_NAMES.conflicting)?.size).toBe(1);

    expect(await ask({ type: 'navigate-claim', direction: 'next' })).toEqual({ ok: true, index: 1 });
    expect(host.shadowRoot?.querySelector('.card')?.getAttribute('aria-label')).toBe('Receipts: Related');
    expect(await ask({ type: 'navigate-claim', direction: 'next' })).toEqual({ ok: true, index: 0 });
    expect(await ask({ type: 'navigate-claim', direction: 'previous' })).toEqual({ ok: true, index: 1 });

    const open = host.shadowRoot?.querySelector('.card') as HTMLElement;
    open.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host.shadowRoot?.querySelector('.card')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect([...registry].filter(([name, h]) => name.startsWith('receipts-active') && h.size > 0)).toEqual([]);
    expect(mounted).toBe(1);
  });

  test('show-claim opens that claim; bad messages get a reason', async () => {
    app = startPageApp(env());
    await until(() => app?.state === 'ready', 'ready');
    expect(await ask({ type: 'show-claim', index: 1 })).toEqual({ ok: true, index: 1 });
    expect(await ask({ type: 'show-claim', index: 9 })).toEqual({ error: 'no claim 9 (the page has 2)' });
    expect(await ask({ type: 'show-claim', index: -1 })).toEqual({ error: 'index must be a whole number' });
    expect(await ask({ type: 'navigate-claim', direction: 'up' })).toEqual({
      error: 'direction must be "next" or "previous"',
    });
    expect(app?.handleMessage({ type: 'check', sentences: [] })).toBeUndefined();
  });

  test('text the page removes loses its highlight and the badge follows', async () => {
    app = startPageApp(env());
    await until(() => app?.state === 'ready', 'ready');
    document.querySelector('article p')?.remove();
    await until(() => statuses.at(-1)?.[0] === 1, 'the badge to drop to 1');
    expect(statuses.at(-1)).toEqual([1, 'related']);
    expect(registry.get(HIGHLIGHT_NAMES.conflicting)?.size).toBe(0);
  });

  test('pausing the site clears everything at once; resuming scans again', async () => {
    app = startPageApp(env());
    await until(() => app?.state === 'ready', 'ready');
    await ask({ type: 'show-claim', index: 0 });
    for (const watcher of pausedWatchers) watcher(['localhost']);
    expect(registry.size).toBe(0);
    expect(document.querySelector('receipts-card')).toBeNull();
    expect(app?.state).toBe('paused');
    await until(() => statuses.at(-1)?.[0] === 0, 'an empty badge');
    expect((await ask<PageClaims>({ type: 'page-claims' })).state).toBe('paused');
    for (const watcher of pausedWatchers) watcher([]);
    await until(() => app?.state === 'ready', 'ready again');
    expect(registry.get(HIGHLIGHT_NAMES.conflicting)?.size).toBe(1);
  });

  test('a paused site is never scanned', async () => {
    paused = ['localhost'];
    app = startPageApp(env());
    await wait(100);
    expect(app.state).toBe('paused');
    expect(checked).toEqual([]);
    expect(registry.size).toBe(0);
  });

  test('when the script is invalidated it leaves nothing behind', async () => {
    const before = document.documentElement.outerHTML;
    app = startPageApp(env());
    await until(() => app?.state === 'ready', 'ready');
    await ask({ type: 'show-claim', index: 0 });
    app.destroy();
    expect(registry.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(pausedWatchers).toEqual([]);
    // Later mutations find no observer.
    document.body.insertAdjacentHTML('beforeend', '<p>Pashinyan will not attend again.</p>');
    await wait(200);
    expect(registry.size).toBe(0);
    expect(app.handleMessage({ type: 'page-claims' })).toBeUndefined();
  });

  test('cleanup comes first when the extension is already gone and its APIs throw', async () => {
    const throwing = env();
    throwing.pausedSites.watch = () => () => {
      throw new Error('Extension context invalidated.');
    };
    app = startPageApp(throwing);
    await until(() => app?.state === 'ready', 'ready');
    expect(registry.size).toBeGreaterThan(0);
    app.destroy();
    expect(registry.size).toBe(0);
  });
});
