// The extension API as seen from an extension page: `browser` in Firefox, `chrome` in Chromium.
// Functions given to a page's evaluate() are sent as text, so each one looks it up itself:
// `(globalThis as unknown as Ext).browser ?? (globalThis as unknown as Ext).chrome`.

export type ExtensionApi = typeof import('wxt/browser').browser;

export type Ext = { browser?: ExtensionApi; chrome: ExtensionApi };
