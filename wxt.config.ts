import { defineConfig } from 'wxt';

// Firefox gets an MV2 build: MV2 grants host access on install, so highlights work without the user
// granting each site (Firefox MV3 makes host permissions opt-in), and it has sidebar_action.
export default defineConfig({
  // Parallel work on one machine (or a benchmark beside a test run) can build into its own folder.
  outDir: process.env.RECEIPTS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Receipts',
    description:
      'Highlights sentences about the CSTO and Nikol Pashinyan and shows what a sourced record says about them. Nothing leaves your browser.',
    permissions: ['storage', 'contextMenus', 'activeTab'],
    // Keyboard access to the page's claims (src/background/commands.ts); ">" and "<" for next and previous.
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next claim on the page and show its card',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous claim on the page and show its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'receipts@receipts.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome lets readers withhold site access; the popup asks it back with permissions.request,
        // which needs the sites declared (Firefox MV2 grants host access at install instead).
        { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
  }),
  zip: {
    excludeSources: ['.output/**', 'node_modules/**', 'tests/bench/results/**', '**/*.png'],
  },
});
