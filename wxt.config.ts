import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { bundledCatalog } from './src/i18n/bundled-catalog';

// The toolbar button's and the Firefox sidebar's icons: the same PNGs WXT lists as the extension's icons.
const ACTION_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png' };

// The interface languages: locales/<language>.json become _locales/<language>/messages.json, where
// the browser reads the name, description and shortcut names (src/i18n/catalog.ts reads the same files).
const LOCALES = ['en', 'ru', 'hy'];
// The same files as bundled into scripts, without translators' notes (src/i18n/bundled-catalog.ts).
const CATALOG_FILE = /[\\/]locales[\\/][a-z]+\.json$/;

// The pages Receipts reads (README, "Permissions").
const WEB_PAGES = ['http://*/*', 'https://*/*'];
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'";

// Firefox gets an MV2 build: MV2 grants host access on install, so highlights work without the user
// granting each site (Firefox MV3 makes host permissions opt-in), and it has sidebar_action.
export default defineConfig({
  // Parallel work on one machine (or a benchmark beside a test run) can build into its own folder.
  outDir: process.env.RECEIPTS_OUT_DIR ?? '.output',
  // A record built elsewhere (RECEIPTS_GENERATED_DIR, as written by `npm run record`) replaces
  // .generated/ in the bundle: the security tests build one with hostile strings in it.
  vite: () => ({
    plugins: [
      {
        name: 'receipts-bundled-catalogs',
        enforce: 'pre' as const,
        transform: (code: string, id: string) => (CATALOG_FILE.test(id) ? bundledCatalog(code) : null),
      },
    ],
    resolve: {
      alias: process.env.RECEIPTS_GENERATED_DIR
        ? [
            {
              find: /^(\.\.\/)+\.generated\//,
              replacement: `${resolve(process.env.RECEIPTS_GENERATED_DIR)}/`,
            },
          ]
        : [],
    },
  }),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    // Name and short description in the browser's language (locales/); the version lives in
    // package.json, where WXT reads it itself.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Extension pages run only their own bundled scripts (no remote code, no eval), load nothing
    // from elsewhere, and may connect nowhere: the browser itself enforces "no network requests".
    // WXT writes the MV2 string form for Firefox.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // scripting: the page app is injected only where the first look finds a mention (see below).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    // Both browsers inject the page app only into sites the extension holds: the first look's sites.
    // Web pages only (not file://, ftp:// or data:): news is read over http and https.
    host_permissions: WEB_PAGES,
    // The first look is the one script every page gets: a plain script (entrypoints/first-look.ts),
    // top frame only (README, "Frames"), at document_idle so it never delays the page's own load.
    // In Chromium an empty script at document_start comes first, so that no markup can stand in for
    // the extension API (entrypoints/first-look-start.ts).
    content_scripts: [
      ...(browser === 'firefox'
        ? []
        : [{ matches: WEB_PAGES, js: ['first-look-start.js'], run_at: 'document_start', all_frames: false }]),
      { matches: WEB_PAGES, js: ['first-look.js'], run_at: 'document_idle', all_frames: false },
    ],
    // Keyboard access to the page's claims (src/background/commands.ts); ">" and "<" for next and previous.
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextClaim__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousClaim__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // The add-on's id on addons.mozilla.org, which can never change once it is listed.
              id: '{909fba87-c9c2-49bd-ab6c-e749834b8aa7}',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Chrome lets readers withhold site access; the popup asks it back with permissions.request,
          // which needs the sites declared (Firefox MV2 grants host access at install instead).
          optional_host_permissions: WEB_PAGES,
        }),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES)
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: readFileSync(resolve('locales', `${locale}.json`), 'utf8'),
        });
    },
    // WXT writes the toolbar button (action in MV3, browser_action in MV2) and Firefox's
    // sidebar_action from the entrypoints alone; without an icon Firefox's sidebar switcher shows none.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const key of ['action', 'browser_action', 'sidebar_action'] as const) {
        const entry = manifest[key];
        if (entry) entry.default_icon = ACTION_ICONS;
      }
      // Firefox puts a new add-on's button in the Extensions menu, where its badge (the page's claim
      // count) cannot be seen; on the toolbar the reader sees it at once and can still move it.
      if (manifest.browser_action) Object.assign(manifest.browser_action, { default_area: 'navbar' });
    },
  },
  zip: {
    // The sources zip is what a store reviewer rebuilds from: it keeps the icon PNGs and leaves out
    // the screenshots, which the build does not use.
    excludeSources: ['.output/**', 'node_modules/**', 'tests/bench/results/**', 'docs/screenshots/**'],
  },
});
