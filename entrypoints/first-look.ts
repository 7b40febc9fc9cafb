import { type FirstLookRuntime, startFirstLook } from '../src/page/first-look';

// Declared for every page in wxt.config.ts as a plain script: no WXT content-script wrapper and no
// polyfill, because this is all Receipts costs a page with nothing to find. Firefox's own `browser`
// and Chrome's `chrome` both return promises for what the first look uses.
type Api = { runtime: FirstLookRuntime };
export default defineUnlistedScript(() => {
  startFirstLook(
    document,
    () => {
      const { browser: firefox, chrome } = globalThis as { browser?: Api; chrome?: Api };
      return ((firefox ?? chrome) as Api).runtime;
    },
    globalThis,
  );
});
