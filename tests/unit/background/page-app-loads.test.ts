import { describe, expect, test } from 'vitest';
import { acceptMessage } from '../../../src/background/accept-message';
import { createPageAppLoads } from '../../../src/background/page-app-loads';
import type { Self, Sender } from '../../../src/messages/senders';

// A compromised renderer can speak for the first look; asking for the page app again and again must
// not make the background inject it again and again.

const self: Self = { id: 'receipts@receipts.example', origin: 'chrome-extension://abc/' };
const from = (tab: number, documentId?: string, url = 'https://news.example/a'): Sender => ({
  id: self.id,
  url,
  tab: { id: tab },
  frameId: 0,
  documentId,
});

function background() {
  const loaded: number[] = [];
  let watching = 0;
  const pageAppLoads = createPageAppLoads(() => watching++);
  const deps = {
    getEngine: () => {
      throw new Error('not needed');
    },
    setBadge: async () => {},
    loadPageApp: async (tabId: number) => void loaded.push(tabId),
    pageAppLoads,
  };
  const ask = (sender: Sender) => acceptMessage({ type: 'load-page-app' }, sender, self, deps);
  return { loaded, ask, pageAppLoads, watching: () => watching };
}

describe('the page app is loaded once per page', () => {
  test('a second ask from the same document is refused, and nothing is injected', async () => {
    const { loaded, ask } = background();
    expect(await ask(from(3, 'doc-1'))).toEqual({ ok: true });
    for (let i = 0; i < 50; i++) {
      expect(await ask(from(3, 'doc-1'))).toEqual({
        error: 'the page app was already loaded into this page',
      });
    }
    expect(loaded).toEqual([3]);
  });

  test('other tabs and each new document in the tab are not held back, and no navigation is watched', async () => {
    const { loaded, ask, watching } = background();
    await ask(from(3, 'doc-1'));
    expect(await ask(from(4, 'doc-1'))).toEqual({ ok: true });
    for (let i = 2; i <= 30; i++) expect(await ask(from(3, `doc-${i}`))).toEqual({ ok: true });
    expect(loaded).toHaveLength(31);
    // Chrome's service worker is not woken for every navigation in every tab.
    expect(watching()).toBe(0);
  });

  test('without document ids (Firefox), a few addresses at most until the tab navigates again', async () => {
    const { loaded, ask, pageAppLoads, watching } = background();
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await ask(from(5, undefined, `https://news.example/${i}`)));
    expect(answers.filter((a) => 'ok' in a)).toHaveLength(4);
    expect(loaded).toHaveLength(4);
    expect(watching()).toBe(1);
    // A reload or a new page in the tab.
    pageAppLoads.forget(5);
    expect(await ask(from(5, undefined, 'https://news.example/0'))).toEqual({ ok: true });
  });
});
