import { startFirstLook } from '../src/content-scripts/first-look/first-look';
import { findRuntime } from '../src/content-scripts/first-look/first-look-runtime';

// Declared for every page in wxt.config.ts as a plain script: no WXT content-script wrapper and no
// polyfill, because this is all Receipts costs a page with nothing to find. Firefox's own `browser`
// and Chrome's `chrome` both return promises for what the first look uses.
export default defineUnlistedScript(() => {
  startFirstLook(document, () => findRuntime(globalThis), globalThis);
});
