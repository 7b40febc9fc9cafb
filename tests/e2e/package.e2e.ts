import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../../src/browsers';

// What a store reviewer and a careful reader check in the built packages: the manifests ask for
// exactly the permissions the README explains, expose nothing to pages or other extensions, run no
// remote code, carry the icons and the one name, description and version, and the Firefox package
// lints clean. It reads the build's output only, so it runs after `npm run build` with the rest.

const OUTPUT_DIR = join(REPO_ROOT, process.env.RECEIPTS_OUT_DIR ?? '.output');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string;
  displayName: string;
  description: string;
  version: string;
};
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  default_locale?: string;
  version: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  web_accessible_resources?: unknown[];
  externally_connectable?: unknown;
  action?: { default_icon?: Record<string, string> };
  browser_action?: { default_icon?: Record<string, string>; default_area?: string };
  sidebar_action?: { default_icon?: Record<string, string> };
}

const BUILDS = [
  { browser: 'Chrome', dir: 'chrome-mv3' },
  { browser: 'Firefox', dir: 'firefox-mv2' },
] as const;

const readManifest = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(OUTPUT_DIR, dir, 'manifest.json'), 'utf8')) as Manifest;

/** Every permission and host pattern the manifest asks for, however it asks. */
const requested = (m: Manifest): string[] =>
  [
    ...(m.permissions ?? []),
    ...(m.optional_permissions ?? []),
    ...(m.host_permissions ?? []),
    ...(m.optional_host_permissions ?? []),
    ...(m.content_scripts ?? []).flatMap((script) => script.matches),
  ].filter((entry, i, all) => all.indexOf(entry) === i);

/** The README's Permissions table: each row names one manifest entry in backticks and the browsers that ask for it. */
function documented(browser: 'Chrome' | 'Firefox'): string[] {
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  return (
    section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => {
        const [names = '', browsers = ''] = line.split('|').slice(1, 3);
        if (!browsers.includes(browser)) return [];
        return [...names.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
      })
      // A pattern asked for twice (required, and optional to ask back in Chrome) is one entry.
      .filter((entry, i, all) => all.indexOf(entry) === i)
  );
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(BUILDS)('$browser manifest', ({ browser, dir }) => {
  const manifest = readManifest(dir);

  test('asks for exactly the permissions the README explains', () => {
    expect(requested(manifest).sort()).toEqual(documented(browser).sort());
  });

  test('exposes nothing to web pages or other extensions', () => {
    // The page UI arrives with its styles through the scripting API, so pages need no extension URL;
    // listing one would also let any site detect that Receipts is installed.
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('extension pages run only bundled code', () => {
    const csp = manifest.content_security_policy;
    const policy = typeof csp === 'string' ? csp : csp?.extension_pages;
    expect(typeof csp === 'string').toBe(manifest.manifest_version === 2);
    expect(policy).toBeDefined();
    const directives = new Map(
      (policy ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...sources]) => [name, sources]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    // Nothing from elsewhere, and no connection at all: the browser enforces "no network requests".
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(typeof csp === 'object' ? csp.sandbox : undefined).toBeUndefined();
  });

  test('name and description are in every interface language, in English as in package.json', () => {
    // The browser resolves __MSG_name__ from _locales/<language>/messages.json in its own language.
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'ru', 'hy']) {
      const built = readFileSync(join(OUTPUT_DIR, dir, '_locales', locale, 'messages.json'), 'utf8');
      expect(built, locale).toBe(readFileSync(join(REPO_ROOT, 'locales', `${locale}.json`), 'utf8'));
      const messages = JSON.parse(built) as Record<string, { message: string }>;
      expect(messages.extName?.message, locale).toBe(pkg.displayName);
      // Chrome refuses a longer description.
      expect(messages.extDescription?.message.length, locale).toBeLessThanOrEqual(132);
      if (locale === 'en') expect(messages.extDescription?.message).toBe(pkg.description);
    }
    expect(manifest.version).toBe(pkg.version);
  });

  test('Firefox puts the toolbar button, and so its badge, on the toolbar rather than in the Extensions menu', () => {
    if (browser === 'Firefox') expect(manifest.browser_action?.default_area).toBe('navbar');
    else expect(manifest.action).not.toHaveProperty('default_area');
  });

  test('has an icon at every size, the toolbar button and the sidebar too', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '96', '128']);
    const action = manifest.manifest_version === 3 ? manifest.action : manifest.browser_action;
    const sets = [manifest.icons, action?.default_icon];
    if (browser === 'Firefox') sets.push(manifest.sidebar_action?.default_icon);
    for (const icons of sets) {
      expect(icons).toBeDefined();
      for (const [size, file] of Object.entries(icons ?? {})) {
        expect(pngSize(join(OUTPUT_DIR, dir, file))).toEqual([Number(size), Number(size)]);
      }
    }
  });
});

describe('packages', () => {
  const zip = (kind: string) => join(OUTPUT_DIR, `${pkg.name}-${pkg.version}-${kind}.zip`);

  test('the zips carry the version, and the sources zip holds what a reviewer rebuilds from', () => {
    for (const kind of ['chrome', 'firefox', 'sources']) expect(existsSync(zip(kind)), kind).toBe(true);
    // A zip stores its file names uncompressed, so a byte search finds an entry.
    const sources = readFileSync(zip('sources'));
    for (const file of [
      'package-lock.json',
      'wxt.config.ts',
      'public/icon/16.png',
      'data/claims/',
      'locales/ru.json',
    ]) {
      expect(sources.includes(file), file).toBe(true);
    }
    expect(sources.includes('node_modules/'), 'node_modules').toBe(false);
    expect(sources.includes('docs/screenshots/'), 'screenshots').toBe(false);
  });

  test('the Firefox package passes web-ext lint with no errors and no new warnings', async () => {
    const { stdout } = await promisify(execFile)(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/lint-firefox.ts', join(OUTPUT_DIR, 'firefox-mv2')],
      { cwd: REPO_ROOT },
    );
    expect(stdout).toMatch(/: 0 errors, /);
  });
});
