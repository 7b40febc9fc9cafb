import { describe, expect, test } from 'vitest';
import { servicesFor } from '../../../../src/extension-pages/common/browser-services';
import { pageAccess, targetFromQuery } from '../../../../src/extension-pages/common/page-access';

describe('page access and tab targeting', () => {
  test.each([
    ['https://news.example/a?b', { kind: 'web', origin: 'https://news.example', host: 'news.example' }],
    [
      'http://127.0.0.1:4000/fixtures/x.html',
      { kind: 'web', origin: 'http://127.0.0.1:4000', host: '127.0.0.1' },
    ],
    ['file:///tmp/a.html', { kind: 'file' }],
    ['chrome://newtab/', { kind: 'browser-page', scheme: 'chrome' }],
    ['moz-extension://abc/popup.html', { kind: 'browser-page', scheme: 'moz-extension' }],
    ['https://chrome.google.com/webstore/detail/x', { kind: 'store', host: 'chrome.google.com' }],
    [undefined, { kind: 'unknown' }],
  ])('%s', (url, access) => {
    expect(pageAccess(url)).toEqual(access);
  });

  test('?tab=<id>&url=', () => {
    expect(targetFromQuery('?tab=17')).toEqual({ tabId: 17, url: null });
    expect(targetFromQuery('?tab=17&url=http%3A%2F%2F127.0.0.1%3A9%2Fa.html')).toEqual({
      tabId: 17,
      url: 'http://127.0.0.1:9/a.html',
    });
    expect(targetFromQuery('?tab=17&url=javascript%3Aalert(1)')).toEqual({ tabId: 17, url: null });
    expect(targetFromQuery('?url=https%3A%2F%2Fa.example')).toEqual({ tabId: null, url: null });
    expect(targetFromQuery('?tab=x')).toEqual({ tabId: null, url: null });
  });

  test('the named tab gets the given address only where the browser withholds it', async () => {
    const base = {
      getTab: async (id: number | null) => ({
        id: id ?? 1,
        url: id === 3 ? 'https://seen.example/' : undefined,
        windowId: 1,
      }),
    };
    const named = servicesFor(base as never, { tabId: 2, url: 'https://given.example/' }) as typeof base;
    expect(await named.getTab(null)).toEqual({ id: 2, url: 'https://given.example/', windowId: 1 });
    const seen = servicesFor(base as never, { tabId: 3, url: 'https://given.example/' }) as typeof base;
    expect((await seen.getTab(null))?.url).toBe('https://seen.example/');
    expect(servicesFor(base as never, { tabId: null, url: null })).toBe(base);
  });
});
