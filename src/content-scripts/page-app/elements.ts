// How the scanner treats each element, decided by tag name alone: asking for computed styles would
// force a style recalculation on every element of the page, which costs more than the whole scan.

/** Never read: not prose (code, styles), never shown (template), or the reader's own typing. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

/** Skipped without ending the sentence around them: they are invisible where they stand. */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Elements that flow inside a line of text, so a sentence runs on through them ("Pashinyan said
 * <a>on Tuesday</a> that <em>Armenia</em> ..."). Every other element (div, p, li, td, h1, custom
 * elements ...) ends the sentence: joining a headline to the paragraph under it would make one
 * nonsense sentence, while splitting a rare inline custom element only loses that one claim.
 */
const INLINE = new Set([
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'RB',
  'RP',
  'RT',
  'RUBY',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
]);

/**
 * Page furniture: a site's navigation, asides ("Top stories", "More on this story"), footers. Their
 * sentences are not the article's claims, and painting them was noise (issue 15). A <header> is
 * furniture only outside an article: inside one it holds the headline.
 */
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);
const ARTICLE_TAGS = new Set(['ARTICLE', 'MAIN']);
const ARTICLE_ROLES = new Set(['article', 'main']);

function isFurniture(element: Element, tag: string): boolean {
  if (FURNITURE.has(tag)) return true;
  const role = element.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role.trim().toLowerCase())) return true;
  return tag === 'HEADER' && !insideArticle(element);
}

function insideArticle(element: Element): boolean {
  for (let el = element.parentElement; el; el = el.parentElement) {
    if (ARTICLE_TAGS.has(el.tagName.toUpperCase())) return true;
    const role = el.getAttribute('role');
    if (role !== null && ARTICLE_ROLES.has(role.trim().toLowerCase())) return true;
  }
  return false;
}

export type ElementRole = 'skip' | 'skip-inline' | 'inline' | 'block';

/**
 * What the scanner does with an element: 'skip' (its text is not read and it ends the sentence),
 * 'skip-inline' (not read, the sentence runs on), 'inline' (read as part of the sentence) or
 * 'block' (read, but as sentences of its own).
 */
export function roleOf(element: Element, ownHost: Element | null): ElementRole {
  // tagName is upper case for HTML elements; SVG and MathML children keep their own case and are
  // only reached if their root was not skipped, which it is.
  const tag = element.tagName.toUpperCase();
  if (INVISIBLE.has(tag)) return 'skip-inline';
  if (SKIPPED.has(tag) || element === ownHost) return 'skip';
  if (element.hasAttribute('hidden') || isEditableRoot(element) || isFurniture(element, tag)) return 'skip';
  return INLINE.has(tag) ? 'inline' : 'block';
}

// contenteditable="" and "true" and "plaintext-only" make a region the reader types into; "false"
// inside an editable region does not make it page prose again, but it is already skipped whole.
function isEditableRoot(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The element whose sentences a node's text belongs to: its nearest non-inline ancestor (or the root). */
export function blockOf(node: Node, root: Node, ownHost: Element | null): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (el === root || roleOf(el, ownHost) !== 'inline') return el;
  }
  return null;
}

/**
 * True when the node sits inside something the scanner never reads (a form field, an editable
 * region, a script, Receipts' own UI), so a mutation there needs no work at all.
 */
export function isInSkipped(node: Node, ownHost: Element | null): boolean {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    const role = roleOf(el, ownHost);
    if (role === 'skip' || role === 'skip-inline') return true;
  }
  return false;
}
