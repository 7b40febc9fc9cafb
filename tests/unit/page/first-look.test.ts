// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import type { PageResponse } from '../../../src/messages/page-contract';
import { type FirstLookRuntime, startFirstLook } from '../../../src/page/first-look';

type Listener = Parameters<FirstLookRuntime['onMessage']['addListener']>[0];

// A stand-in for the extension runtime: records what the first look sends, and lets the test ask
// the page what the popup would ask.
function fakeRuntime(options: { sendFails?: boolean } = {}) {
  const sent: unknown[] = [];
  const listeners = new Set<Listener>();
  const runtime: FirstLookRuntime = {
    sendMessage: async (message) => {
      if (options.sendFails) throw new Error('Extension context invalidated.');
      sent.push(message);
      return { ok: true };
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const ask = (message: unknown): PageResponse | undefined => {
    let answer: PageResponse | undefined;
    for (const listener of listeners) listener(message, {}, (a) => (answer = a));
    return answer;
  };
  return { runtime, sent, ask, listeners };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the first look', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  test('a page that names neither asks for nothing and tells the popup so', async () => {
    document.body.innerHTML = '<p>Armenia and Azerbaijan signed a trade deal; a user-led forum met.</p>';
    const { runtime, sent, ask } = fakeRuntime();
    startFirstLook(document, runtime);
    await wait(20);
    expect(sent).toEqual([]);
    expect(ask({ type: 'page-claims' })).toMatchObject({ state: 'no-mentions', claims: [] });
    expect(ask({ type: 'show-claim', index: 0 })).toEqual({ error: 'no claims on this page (no-mentions)' });
    // Messages that are not for the page are left to other listeners.
    expect(ask({ type: 'check', sentences: [] })).toBeUndefined();
  });

  test('a mention asks the background for the page app once and hands the messages over to it', async () => {
    document.body.innerHTML = '<p>Пашинян заявил, что ОДКБ не выполнила обязательства.</p>';
    const { runtime, sent, listeners } = fakeRuntime();
    startFirstLook(document, runtime);
    await wait(20);
    expect(sent).toEqual([{ type: 'load-page-app' }]);
    expect(listeners.size).toBe(0);
  });

  test('text the page adds later is tested too', async () => {
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    const { runtime, sent } = fakeRuntime();
    startFirstLook(document, runtime);
    await wait(20);
    expect(sent).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'The CSTO summit opened in Minsk without Armenia.';
    document.querySelector('main')?.append(p);
    await wait(20);
    expect(sent).toEqual([{ type: 'load-page-app' }]);
  });

  test('an orphaned script (extension updated) stays quiet instead of throwing into the page', async () => {
    document.body.innerHTML = '<p>Nikol Pashinyan spoke.</p>';
    const { runtime, sent } = fakeRuntime({ sendFails: true });
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    startFirstLook(document, runtime);
    await wait(20);
    window.removeEventListener('error', onError);
    expect(sent).toEqual([]);
    expect(errors).toEqual([]);
  });
});
