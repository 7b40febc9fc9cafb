// The page app and its ::highlight() rules go only into pages the first look found a mention on
// (src/content-scripts/first-look/first-look.ts), so a page with nothing to find never parses
// them. Top frame only, like the first look itself (README, "Frames").
export const PAGE_APP_FILES = {
  css: '/assets/highlights.css',
  fills: '/assets/highlight-fills.css',
  js: '/page-app.js',
} as const;

export async function loadPageApp(tabId: number): Promise<void> {
  const target = { tabId, frameIds: [0] };
  // Side by side: the rules only have to be there by the first paint of a highlight.
  await Promise.all([
    // A user stylesheet: no rule of the page, !important or not, outranks its !important ones.
    browser.scripting.insertCSS({ target, files: [PAGE_APP_FILES.css], origin: 'USER' }),
    // The fills too, where the browser paints them from a user stylesheet: Firefox does; Chromium
    // computes a user stylesheet's ::highlight background and paints none
    // (src/content-scripts/page-app/highlight-fills.css).
    browser.scripting.insertCSS({
      target,
      files: [PAGE_APP_FILES.fills],
      origin: import.meta.env.FIREFOX ? 'USER' : 'AUTHOR',
    }),
    browser.scripting.executeScript({ target, files: [PAGE_APP_FILES.js] }),
  ]);
}
