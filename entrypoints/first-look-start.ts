import { keepExtensionApi } from '../src/page/first-look-runtime';

// Declared for every page at document_start, before the page has any markup that could stand in
// for the extension API (src/page/first-look-runtime.ts); the first look itself waits for
// document_idle. A few hundred bytes, and nothing else runs.
export default defineUnlistedScript(() => keepExtensionApi(globalThis));
