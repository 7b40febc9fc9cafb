import type { Request } from './contract';

// Who may send what. Chrome and Firefox deliver runtime messages only from the extension's own
// contexts, but those include content scripts living inside hostile pages: a page that compromises
// its renderer can speak for our content script. So each request type names the contexts that
// legitimately send it, and the background refuses the rest.

/** The subset of runtime.MessageSender the background looks at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; incognito?: boolean };
  frameId?: number;
  /** Chrome's id of the sending document (not given by Firefox). */
  documentId?: string;
}

/** What the background knows about itself: the extension's id and the origin of its own pages. */
export interface Self {
  id: string;
  /** runtime.getURL('/'): "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

export type SenderKind = 'extension-page' | 'content-script';

const FROM_PAGE_SIDE: ReadonlySet<string> = new Set([
  'check',
  'page-status',
  'open-sidebar',
  // The first look (src/content-scripts/first-look/) asks for the page app where the page may name
  // the CSTO.
  'load-page-app',
  'flag',
]);
const FROM_EXTENSION_PAGES: ReadonlySet<string> = new Set([
  'check',
  'record-summary',
  'search',
  'timeline',
  'statement-detail',
  'search-facets',
  'open-sidebar',
  'flag',
]);

/**
 * An extension page (popup, sidebar, options, even when opened in a tab) is known by its address;
 * a content script by coming from a tab's top frame, the only frame Receipts runs in. Anything
 * else, another extension included, is nobody we answer.
 */
export function senderKind(sender: Sender, self: Self): SenderKind | null {
  if (sender.id !== self.id) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(self.origin)) return 'extension-page';
  if (typeof sender.tab?.id === 'number' && sender.frameId === 0) return 'content-script';
  return null;
}

/** Null when this sender may send this type of request, else the reason it may not. */
export function senderProblem(type: Request['type'], sender: Sender, self: Self): string | null {
  const kind = senderKind(sender, self);
  if (kind === null) return 'not accepted from this sender';
  const allowed = kind === 'extension-page' ? FROM_EXTENSION_PAGES : FROM_PAGE_SIDE;
  return allowed.has(type)
    ? null
    : `${type} is not accepted from ${kind === 'extension-page' ? 'an extension page' : 'a page'}`;
}
