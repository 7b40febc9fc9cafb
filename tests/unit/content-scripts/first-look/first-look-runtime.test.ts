import { describe, expect, test } from 'vitest';
import { findRuntime } from '../../../../src/content-scripts/first-look/first-look-runtime';

// Stand-ins for what a content script's global looks like: the extension API as own properties,
// and the page's named frames and elements on the window's prototype chain (WindowProperties),
// where a plain `chrome` or `browser` read finds them when the own property is missing.

const realApi = (origin = 'chrome-extension://abcdefghijklmnop/') => ({
  runtime: {
    id: 'abcdefghijklmnop',
    getURL: (path: string) => new URL(path, origin).href,
    sendMessage: async () => {},
  },
});
// A named frame's window: any properties, but no extension runtime.
const frameWindow = () => ({ name: 'chrome', location: { href: 'about:blank' } });

function globalWith(own: Record<string, unknown>, named: Record<string, unknown> = {}): object {
  const scope = Object.create(named) as Record<string, unknown>;
  Object.assign(scope, own);
  return scope;
}

describe('the first look finds the extension runtime', () => {
  test('its own `chrome` is found although the page names frames "chrome" and "browser"', () => {
    const api = realApi();
    const scope = globalWith({ chrome: api }, { chrome: frameWindow(), browser: frameWindow() });
    expect(findRuntime(scope)).toBe(api.runtime);
  });

  test('a named frame where the API should be is refused, not taken for the runtime', () => {
    const scope = globalWith({}, { chrome: frameWindow(), browser: frameWindow() });
    expect(findRuntime(scope)).toBeNull();
  });

  test('a named "browser" frame does not hide a real `chrome`', () => {
    const api = realApi();
    const scope = globalWith({}, { browser: frameWindow(), chrome: api });
    expect(findRuntime(scope)).toBe(api.runtime);
  });

  test('Firefox makes `browser` on first read: a plain read finds it', () => {
    const api = realApi('moz-extension://7d3c1f0e-5b1a-4c2e-9f6d-2a8b4e6c0d11/');
    const scope = globalWith({});
    Object.defineProperty(Object.getPrototypeOf(scope), 'browser', { get: () => api });
    expect(findRuntime(scope)).toBe(api.runtime);
  });

  test('an object shaped like a runtime but not at an extension origin is refused', () => {
    const scope = globalWith({ chrome: realApi('https://evil.example/') });
    expect(findRuntime(scope)).toBeNull();
    const noId = realApi();
    (noId.runtime as { id: unknown }).id = undefined;
    expect(findRuntime(globalWith({ chrome: noId }))).toBeNull();
  });
});
