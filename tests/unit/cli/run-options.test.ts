import { describe, expect, test } from 'vitest';
import { pageInput, parseScanArgs, parseStartArgs } from '../../../src/cli/run-options';

describe('parseScanArgs', () => {
  test('no arguments: the demo article in Chromium, as a table, building if needed', () => {
    expect(parseScanArgs([])).toEqual({
      ok: true,
      options: { browser: 'chromium', page: null, json: false, noBuild: false },
    });
  });

  test('a file, --json and --browser in any order and either spelling', () => {
    const expected = {
      ok: true,
      options: { browser: 'firefox', page: { kind: 'file', path: 'saved.html' }, json: true, noBuild: false },
    };
    expect(parseScanArgs(['saved.html', '--json', '--browser', 'firefox'])).toEqual(expected);
    expect(parseScanArgs(['--browser=firefox', '--json', 'saved.html'])).toEqual(expected);
  });

  test('a page served from this machine is opened as it is', () => {
    const parsed = parseScanArgs(['http://127.0.0.1:8080/news/a.html', '--no-build']);
    expect(parsed).toEqual({
      ok: true,
      options: {
        browser: 'chromium',
        page: { kind: 'url', url: 'http://127.0.0.1:8080/news/a.html' },
        json: false,
        noBuild: true,
      },
    });
  });

  test('mistakes are named', () => {
    expect(parseScanArgs(['--browser', 'safari'])).toEqual({
      ok: false,
      error: '--browser must be chromium or firefox, got safari',
    });
    expect(parseScanArgs(['--browser'])).toMatchObject({ ok: false, error: /got nothing/ });
    expect(parseScanArgs(['--jsn'])).toEqual({ ok: false, error: 'unknown option --jsn' });
    expect(parseScanArgs(['a.html', 'b.html'])).toMatchObject({ ok: false, error: /one page at a time/ });
    expect(parseScanArgs(['--help'])).toEqual({ ok: false, help: true });
  });
});

describe('pageInput', () => {
  test('pages on the internet are refused: nothing goes out', () => {
    for (const url of [
      'https://example.com/a',
      'http://example.com/a',
      'https://127.0.0.1/a',
      'ftp://127.0.0.1/a',
    ])
      expect(pageInput(url)).toMatchObject({ error: /only pages served from this machine/ });
  });

  test('127.0.0.1, localhost and [::1] over http are accepted', () => {
    expect(pageInput('http://localhost:3000/')).toEqual({ kind: 'url', url: 'http://localhost:3000/' });
    expect(pageInput('http://[::1]:3000/x')).toEqual({ kind: 'url', url: 'http://[::1]:3000/x' });
  });

  test('anything else is a file path, Windows paths included', () => {
    expect(pageInput('C:\\pages\\a.html')).toEqual({ kind: 'file', path: 'C:\\pages\\a.html' });
    expect(pageInput('../pages/aclu.html')).toEqual({
      kind: 'file',
      path: '../pages/aclu.html',
    });
  });
});

describe('parseStartArgs', () => {
  test('--browser firefox and an optional page; scan-only flags are refused', () => {
    expect(parseStartArgs(['--browser', 'firefox'])).toEqual({
      ok: true,
      options: { browser: 'firefox', page: null },
    });
    expect(parseStartArgs(['--json'])).toEqual({ ok: false, error: 'unknown option --json' });
  });
});
