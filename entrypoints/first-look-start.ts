// Chromium only, declared at document_start for every web page, and empty on purpose: declaring it
// makes Chromium create Receipts' isolated world before the page has any markup, and so give that
// world its own `chrome` and `browser`. Created later, with <iframe name="chrome"> (or "browser")
// already in the page, the world takes the frame's window for them and the first look cannot reach
// the extension at all (src/content-scripts/first-look/first-look-runtime.ts). It touches nothing,
// so it costs a page only the script's injection; Firefox does not need it.
export default defineUnlistedScript({ include: ['chrome'], main: () => {} });
