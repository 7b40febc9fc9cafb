// What the reader can see, asked only of the few text nodes that name the CSTO or Pashinyan: every
// check here reads styles or layout, which would cost more than the whole first look if asked of
// the whole page. A page must not bring Receipts in (and so learn it is installed) with text the
// reader never sees: script text, hidden or transparent elements, text pushed off the page.

const NOT_PROSE =
  'script,style,noscript,template,textarea,select,[hidden],[contenteditable]:not([contenteditable="false"])';

/**
 * True when the reader can see this text node (or its characters from `start` to `end`: a few of a
 * huge node, whose whole box takes hundreds of milliseconds to measure): rendered, not transparent,
 * not out of the page.
 */
export function isSeen(text: Text, start = 0, end = text.length): boolean {
  // Not prose, or the reader's own typing (as the page app's scanner reads it:
  // src/content-scripts/page-app/elements.ts); one selector rather than that module's tag tables,
  // which would double the first look's size.
  if (text.parentElement?.closest(NOT_PROSE)) return false;
  const doc = text.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  // display: contents has no box of its own, but its text is drawn: ask the nearest box.
  let box = text.parentElement;
  while (box && view.getComputedStyle(box).display === 'contents') box = box.parentElement;
  if (!box) return false;
  // display: none anywhere above, visibility: hidden, opacity: 0, content-visibility: hidden.
  if (!box.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  // The root's scroll width is at least the viewport's, which no page style can shrink to 0; a
  // document nobody lays out (no viewport: a DOM without a renderer) has only the rules above.
  const root = doc.documentElement;
  if (root.scrollWidth === 0) return true;
  const range = doc.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  const drawn = range.getBoundingClientRect();
  // font-size: 0, or a "visually hidden" box of a pixel.
  if (drawn.width < 1 || drawn.height < 1) return false;
  const own = box.getBoundingClientRect();
  if (own.width < 2 || own.height < 2) return false;
  // Pushed out of the page (left: -10000px, text-indent: -9999px): no scrolling brings it in view.
  const left = drawn.left + view.scrollX;
  const top = drawn.top + view.scrollY;
  if (left + drawn.width <= 0 || top + drawn.height <= 0) return false;
  return left < root.scrollWidth && top < root.scrollHeight;
}
