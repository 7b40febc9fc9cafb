// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostFromInput, PausedSitesEditor } from '../../../src/settings/PausedSitesEditor';
import { isPaused, pausedSites, setPaused, watchPausedSites } from '../../../src/settings/paused-sites';
import { ShowRelatedSwitch } from '../../../src/settings/ShowRelatedSwitch';
import { showRelated, watchShowRelated } from '../../../src/settings/show-related';

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
