import type { Catalog } from './catalog';

// locales/*.json carry notes for translators (a message's `description`, a placeholder's
// `example`) that no reader sees. The browser reads them from _locales, but every script that
// shows text bundles the catalogs (src/i18n/catalog.ts), the page app included; without the notes
// its gzipped size falls by about 3 KB. wxt.config.ts applies this to each catalog it bundles.

/** A locales/<language>.json file's text as bundled: the same messages, without translators' notes. */
export function bundledCatalog(json: string): string {
  const catalog = JSON.parse(json) as Catalog;
  const bundled = Object.fromEntries(
    Object.entries(catalog).map(([key, { message, placeholders }]) => [
      key,
      placeholders
        ? {
            message,
            placeholders: Object.fromEntries(
              Object.entries(placeholders).map(([name, { content }]) => [name, { content }]),
            ),
          }
        : { message },
    ]),
  );
  return JSON.stringify(bundled);
}
