import { describe, expect, test } from 'vitest';
import { chromiumArgs, webExtArgs } from '../../../src/cli/launch-args';

describe('chromiumArgs', () => {
  test('a fresh profile and only Receipts, loadable over the DevTools pipe too', () => {
    const args = chromiumArgs('/b/chrome-mv3', '/tmp/p', false);
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args).toContain('--load-extension=/b/chrome-mv3');
    expect(args).toContain('--disable-extensions-except=/b/chrome-mv3');
    expect(args).toEqual(
      expect.arrayContaining(['--remote-debugging-pipe', '--enable-unsafe-extension-debugging']),
    );
    // The page is opened once Receipts is in, so its content script runs on it.
    expect(args.at(-1)).toBe('about:blank');
    expect(args).not.toContain('--no-sandbox');
  });

  test('as root the sandbox is turned off, or Chromium would not start', () => {
    expect(chromiumArgs('/b', '/p', true)).toContain('--no-sandbox');
  });
});

describe('webExtArgs', () => {
  test('runs the Firefox build in the given Firefox with a profile we own', () => {
    const args = webExtArgs('/b/firefox-mv2', '/usr/bin/firefox-esr', '/tmp/p', 'http://127.0.0.1:1/a.html');
    expect(args[0]).toBe('run');
    expect(args).toEqual(
      expect.arrayContaining([
        '--source-dir=/b/firefox-mv2',
        '--firefox=/usr/bin/firefox-esr',
        '--firefox-profile=/tmp/p',
        '--profile-create-if-missing',
        '--start-url=http://127.0.0.1:1/a.html',
      ]),
    );
  });
});
