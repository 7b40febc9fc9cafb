import { describe, expect, test } from 'vitest';
import { browserCandidates, displayProblem, findBrowser } from '../../../src/cli/find-browser';

const machine = (platform: NodeJS.Platform, env: Record<string, string>, present: string[]) => ({
  platform,
  env,
  isExecutable: (path: string) => present.includes(path),
});

describe('findBrowser', () => {
  test('an executable named in CHROME_PATH wins over everything installed', () => {
    const found = findBrowser(
      'chromium',
      machine('linux', { CHROME_PATH: '/opt/mine/chrome', PATH: '/usr/bin' }, [
        '/opt/mine/chrome',
        '/usr/bin/chromium',
      ]),
    );
    expect(found).toBe('/opt/mine/chrome');
  });

  test('a variable naming nothing runnable is skipped, not trusted', () => {
    const found = findBrowser(
      'chromium',
      machine('linux', { CHROMIUM_PATH: '/nowhere/chromium' }, ['/usr/bin/google-chrome']),
    );
    expect(found).toBe('/usr/bin/google-chrome');
  });

  test('on Linux, Chromium comes before Google Chrome', () => {
    const found = findBrowser(
      'chromium',
      machine('linux', {}, ['/usr/bin/google-chrome', '/usr/bin/chromium-browser']),
    );
    expect(found).toBe('/usr/bin/chromium-browser');
  });

  test('falls back to the PATH', () => {
    const found = findBrowser(
      'chromium',
      machine('linux', { PATH: '/home/me/bin:/usr/local/bin' }, ['/usr/local/bin/google-chrome-stable']),
    );
    expect(found).toBe('/usr/local/bin/google-chrome-stable');
  });

  test('macOS application bundles and Windows Program Files', () => {
    expect(
      findBrowser(
        'chromium',
        machine('darwin', {}, ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']),
      ),
    ).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(
      findBrowser(
        'firefox',
        machine('win32', { PROGRAMFILES: 'C:\\Program Files' }, [
          'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
        ]),
      ),
    ).toBe('C:\\Program Files\\Mozilla Firefox\\firefox.exe');
  });

  test('Firefox: FIREFOX_PATH, then firefox, then firefox-esr', () => {
    expect(findBrowser('firefox', machine('linux', {}, ['/usr/bin/firefox-esr', '/usr/bin/chromium']))).toBe(
      '/usr/bin/firefox-esr',
    );
    expect(
      browserCandidates('firefox', { platform: 'linux', env: { FIREFOX_PATH: '/x/ff' } }).slice(0, 3),
    ).toEqual(['/x/ff', '/usr/bin/firefox', '/usr/bin/firefox-esr']);
  });

  test('nothing installed: null', () => {
    expect(findBrowser('chromium', machine('linux', { PATH: '/usr/bin' }, []))).toBeNull();
  });
});

describe('displayProblem', () => {
  test('Linux without DISPLAY or WAYLAND_DISPLAY has no display', () => {
    expect(displayProblem({ platform: 'linux', env: {} })).toMatch(/no display/);
    expect(displayProblem({ platform: 'linux', env: { DISPLAY: ':0' } })).toBeNull();
    expect(displayProblem({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBeNull();
  });

  test('macOS and Windows always have one', () => {
    expect(displayProblem({ platform: 'darwin', env: {} })).toBeNull();
    expect(displayProblem({ platform: 'win32', env: {} })).toBeNull();
  });
});
