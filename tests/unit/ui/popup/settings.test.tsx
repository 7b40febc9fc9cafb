// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostFromInput, PausedSitesEditor } from '../../../../src/settings/PausedSitesEditor';
import { isPaused, pausedSites, setPaused, watchPausedSites } from '../../../../src/settings/paused-sites';
import { ShowRelatedSwitch } from '../../../../src/settings/ShowRelatedSwitch';
import { showRelated, watchShowRelated } from '../../../../src/settings/show-related';
import { servicesFor } from '../../../../src/ui/popup/browser-services';
import { pageAccess, targetFromQuery } from '../../../../src/ui/popup/page-access';

beforeEach(() => fakeBrowser.reset());
// The first search builds the record's index: more than testing-library's 1 s on a busy CI machine.
configure({ asyncUtilTimeout: 10_000 });
afterEach(cleanup);

describe('paused sites (the key the content script watches)', () => {
  test('pausing and resuming a hostname, remembered in local storage', async () => {
    const seen: string[][] = [];
    const unwatch = watchPausedSites((sites) => seen.push(sites));
    await setPaused('News.Example', true);
    expect(await isPaused('news.example')).toBe(true);
    expect(await fakeBrowser.storage.local.get('pausedSites')).toEqual({ pausedSites: ['news.example'] });
    await setPaused('news.example', false);
    expect(await pausedSites.getValue()).toEqual([]);
    await waitFor(() => expect(seen).toEqual([['news.example'], []]));
    unwatch();
  });
});

describe('the options page', () => {
  const store = {
    get: () => pausedSites.getValue(),
    set: async (host: string, paused: boolean) => void (await setPaused(host, paused)),
    watch: watchPausedSites,
  };

  test('lists paused sites, resumes one, adds one from a pasted address', async () => {
    await setPaused('a.example', true);
    render(<PausedSitesEditor store={store} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Resume on a.example' }));
    expect(await screen.findByText('Receipts is not paused anywhere.')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Pause on another site' }), {
      target: { value: 'https://B.example/news/1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByText('b.example')).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'not a site!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a site name/);
  });

  test('hostFromInput', () => {
    expect(hostFromInput('www.Example.com')).toBe('www.example.com');
    expect(hostFromInput('http://127.0.0.1:8080/x')).toBe('127.0.0.1');
    expect(hostFromInput('<script>')).toBeNull();
  });
});

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

describe('the options page: show related sentences on the page', () => {
  const store = {
    get: () => showRelated.getValue(),
    set: (on: boolean) => showRelated.setValue(on),
    watch: watchShowRelated,
  };

  test('off by default; the switch stores the setting the page app watches', async () => {
    const seen: boolean[] = [];
    const unwatch = watchShowRelated((on) => seen.push(on));
    render(<ShowRelatedSwitch store={store} />);
    const toggle = (await screen.findByRole('switch', {
      name: 'Show related sentences on the page',
    })) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
    expect(await fakeBrowser.storage.local.get('showRelated')).toEqual({});
    fireEvent.click(toggle);
    await waitFor(() => expect(seen).toEqual([true]));
    expect(await fakeBrowser.storage.local.get('showRelated')).toEqual({ showRelated: true });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    unwatch();
  });

  test('a failed save says so and puts the switch back', async () => {
    render(
      <ShowRelatedSwitch store={{ ...store, set: () => Promise.reject(new Error('quota exceeded')) }} />,
    );
    const toggle = (await screen.findByRole('switch')) as HTMLInputElement;
    await waitFor(() => expect(toggle.disabled).toBe(false));
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be saved: quota exceeded/);
    expect(toggle.checked).toBe(false);
  });
});
