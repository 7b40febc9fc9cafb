import { beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, registerContextMenu } from '../../../src/background/context-menu';
import { handOffToSidebar } from '../../../src/background/sidebar';
import { browserSidebarServices } from '../../../src/extension-pages/sidebar/browser-services';
import {
  dropStaleHandOff,
  handOff,
  isFresh,
  PENDING_FRESH_MS,
  pendingHandOff,
} from '../../../src/settings/hand-off';

// The selection hand-off: the context menu (or a page card's message) opens the sidebar inside the
// user's gesture, then leaves the text in storage.session for the sidebar to take.

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('handOffToSidebar', () => {
  test('calls the browser’s open before anything is awaited, then hands the text over', async () => {
    const order: string[] = [];
    vi.spyOn(browser.sidePanel, 'open').mockImplementation(async () => {
      order.push('open');
    });
    const setValue = vi.spyOn(pendingHandOff, 'setValue');
    const done = handOffToSidebar('  Pashinian   skipped\nMinsk  ', 7);
    // Synchronously, before the first await: the gesture still counts here.
    expect(order).toEqual(['open']);
    expect(browser.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await done).toEqual({ opened: true });
    expect(setValue).toHaveBeenCalled();
    expect(await pendingHandOff.getValue()).toMatchObject({ text: 'Pashinian skipped Minsk', tabId: 7 });
  });

  test('a refusal (no user gesture) is reported, and the text still waits for the sidebar', async () => {
    vi.spyOn(browser.sidePanel, 'open').mockRejectedValue(
      new Error('may only be called in response to a user gesture'),
    );
    expect(await handOffToSidebar('Peskov', 3)).toEqual({ opened: false });
    expect(await pendingHandOff.getValue()).toMatchObject({ text: 'Peskov' });
  });
});

describe('the sidebar takes the hand-off once, and only while it is fresh', () => {
  test('take clears it', async () => {
    const services = browserSidebarServices();
    await pendingHandOff.setValue({ text: 'ОДКБ', tabId: null, at: Date.now(), incognito: false });
    expect(await services.takeHandOff()).toMatchObject({ text: 'ОДКБ' });
    expect(await services.takeHandOff()).toBeNull();
  });

  test('every open sidebar hears a new hand-off, which is then cleared', async () => {
    const services = browserSidebarServices();
    const heard: string[] = [];
    const unwatch = services.watchHandOff((p) => heard.push(p.text));
    await pendingHandOff.setValue({ text: 'Pashinian', tabId: 4, at: Date.now(), incognito: false });
    await vi.waitFor(() => expect(heard).toEqual(['Pashinian']));
    await vi.waitFor(async () => expect(await pendingHandOff.getValue()).toBeNull());
    unwatch();
  });

  test('an old hand-off is deleted, whether or not a sidebar comes for it', async () => {
    const services = browserSidebarServices();
    const old = Date.now() - PENDING_FRESH_MS - 1;
    await pendingHandOff.setValue({ text: 'stale', tabId: 2, at: old, incognito: false });
    await dropStaleHandOff();
    expect(await pendingHandOff.getValue()).toBeNull();
    await pendingHandOff.setValue({ text: 'stale', tabId: 2, at: old, incognito: false });
    expect(await services.takeHandOff()).toBeNull();
    expect(await pendingHandOff.getValue()).toBeNull();
    await pendingHandOff.setValue({ text: 'fresh', tabId: 2, at: Date.now(), incognito: false });
    await dropStaleHandOff();
    expect(await pendingHandOff.getValue()).toMatchObject({ text: 'fresh' });
  });

  test('text selected in a private window is taken only by a sidebar in a private window', async () => {
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 8, incognito: true } as never);
    vi.spyOn(browser.sidePanel, 'open').mockResolvedValue(undefined);
    await handOffToSidebar('private reading', 8);
    expect(await pendingHandOff.getValue()).toMatchObject({ text: 'private reading', incognito: true });
    const getCurrent = vi.spyOn(browser.windows, 'getCurrent');
    getCurrent.mockResolvedValue({ id: 1, incognito: false } as never);
    const normal = browserSidebarServices();
    expect(await normal.takeHandOff()).toBeNull();
    // Left for the private window's sidebar, not deleted.
    expect(await pendingHandOff.getValue()).toMatchObject({ text: 'private reading' });
    getCurrent.mockResolvedValue({ id: 2, incognito: true } as never);
    expect(await browserSidebarServices().takeHandOff()).toMatchObject({ text: 'private reading' });
  });

  test('a hand-off that does not say where it came from counts as private', () => {
    const now = Date.now();
    expect(handOff({ text: 'x', tabId: null, at: now }, false, now)).toBe('leave');
    expect(handOff({ text: 'x', tabId: null, at: now, incognito: false }, false, now)).toBe('take');
  });

  test('an old hand-off is not replayed', () => {
    const now = Date.now();
    expect(isFresh({ text: 'x', tabId: null, at: now - 1000 }, now)).toBe(true);
    expect(isFresh({ text: 'x', tabId: null, at: now - PENDING_FRESH_MS - 1 }, now)).toBe(false);
    expect(isFresh(null, now)).toBe(false);
  });
});

describe('the context menu', () => {
  test('"Check with Receipts" on a selection goes down the same path', async () => {
    const created: unknown[] = [];
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(browser.contextMenus, 'create').mockImplementation(((props: unknown) => {
      created.push(props);
      return MENU_ID;
    }) as never);
    const listeners: ((info: unknown, tab: unknown) => void)[] = [];
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation(((fn: never) => {
      listeners.push(fn);
    }) as never);
    vi.spyOn(browser.sidePanel, 'open').mockResolvedValue(undefined);
    registerContextMenu();
    await vi.waitFor(() =>
      expect(created).toEqual([{ id: MENU_ID, title: 'Check with Receipts', contexts: ['selection'] }]),
    );
    listeners[0]?.({ menuItemId: MENU_ID, selectionText: 'Pashinyan will leave the CSTO' }, { id: 11 });
    expect(browser.sidePanel.open).toHaveBeenCalledWith({ tabId: 11 });
    await vi.waitFor(async () =>
      expect(await pendingHandOff.getValue()).toMatchObject({
        text: 'Pashinyan will leave the CSTO',
        tabId: 11,
      }),
    );
  });
});
