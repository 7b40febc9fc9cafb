/**
 * When was this page published? The engine judges a sentence against what held on that date, so a
 * wrong date is worse than none: sources are tried in order of trust and anything doubtful is refused.
 */

const DAY_MS = 86_400_000;
// Time zones put a page's written date up to a day ahead of UTC; more than that is a typo or a placeholder.
const FUTURE_SLACK_MS = 3 * DAY_MS;
const EARLIEST_YEAR = 1990;

// Only ISO forms: "05/06/2007" means May or June depending on the publisher, and a guess here would
// silently move a claim by a month.
const ISO_DATE =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s]+\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;

/** "YYYY-MM-DD" as the publisher wrote it (no time-zone shift), or null if not a plausible publication date. */
export function parsePageDate(value: unknown, now: Date = new Date()): string | null {
  if (typeof value !== 'string' || value.length > 64) return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  if (y < EARLIEST_YEAR || !(utc <= now.getTime() + FUTURE_SLACK_MS)) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** The page's publication date as "YYYY-MM-DD", or null. Never throws, never touches the DOM. */
export function pageDate(doc: Document, now: Date = new Date()): string | null {
  try {
    return fromJsonLd(doc, now) ?? fromMeta(doc, now) ?? fromTime(doc, now);
  } catch {
    return null;
  }
}

// Schema types whose datePublished is the page's own; a WebPage or VideoObject date is only a fallback.
const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report)$/;
// These hold other works (list entries, comments, reviews, citations) whose dates are not this page's.
const FOREIGN_KEYS = new Set([
  'itemListElement',
  'comment',
  'review',
  'citation',
  'mentions',
  'about',
  'subjectOf',
]);
const MAX_NODES = 5000;

function fromJsonLd(doc: Document, now: Date): string | null {
  let fallback: string | null = null;
  for (const script of doc.querySelectorAll('script')) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = (script.textContent ?? '')
      // Publishers wrap the block in CDATA or comments for old parsers; JSON.parse chokes on both.
      .replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '')
      .replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      // Broken JSON (raw newlines in strings, trailing commas) usually still states the date plainly.
      fallback ??= parsePageDate(/"datePublished"\s*:\s*"([^"]{1,64})"/.exec(text)?.[1], now);
      continue;
    }
    const found = walkJsonLd(data, now);
    if (found.article) return found.article;
    fallback ??= found.other;
  }
  return fallback;
}

// Breadth-first so a page's own node (top level or @graph) beats dates nested deeper; iterative and
// capped so hostile nesting or width cannot overflow the stack or stall the page.
function walkJsonLd(root: unknown, now: Date): { article: string | null; other: string | null } {
  let other: string | null = null;
  const queue: unknown[] = [root];
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const node = queue[i];
    const room = MAX_NODES - queue.length;
    if (Array.isArray(node)) {
      if (room > 0) queue.push(...node.slice(0, room));
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    const raw = record.datePublished;
    const date = parsePageDate(Array.isArray(raw) ? raw[0] : raw, now);
    if (date) {
      const types = ([] as unknown[]).concat(record['@type']);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return { article: date, other };
      other ??= date;
    }
    for (const [key, value] of Object.entries(record)) {
      if (queue.length >= MAX_NODES) break;
      if (!FOREIGN_KEYS.has(key) && value && typeof value === 'object') queue.push(value);
    }
  }
  return { article: null, other };
}

// Most trusted first; a bare "date" is last because sites use it for the crawl or render time too.
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date.created',
  'parsely-pub-date',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'date',
  'dc.date',
];

function fromMeta(doc: Document, now: Date): string | null {
  const byKey = new Map<string, string[]>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    // property/itemprop may list several space-separated names on one tag.
    const names = ['property', 'name', 'itemprop'].flatMap((a) => (meta.getAttribute(a) ?? '').split(/\s+/));
    for (const name of names) {
      const key = name.toLowerCase();
      if (!key) continue;
      const list = byKey.get(key);
      if (list) list.push(content);
      else byKey.set(key, [content]);
    }
  }
  for (const key of META_KEYS) {
    for (const content of byKey.get(key) ?? []) {
      const date = parsePageDate(content, now);
      if (date) return date;
    }
  }
  return null;
}

function fromTime(doc: Document, now: Date): string | null {
  const times = [...doc.querySelectorAll('time')];
  const itemprop = (t: Element) => (t.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
  const dateIn = (t: Element) =>
    parsePageDate(t.getAttribute('datetime') ?? t.getAttribute('content') ?? t.textContent?.trim(), now);
  for (const t of times) {
    if (itemprop(t).includes('datepublished') || t.hasAttribute('pubdate')) {
      const date = dateIn(t);
      if (date) return date;
    }
  }
  // Outside an <article>, a <time> is as likely a sidebar, comment or "last seen" stamp as the byline.
  for (const t of times) {
    if (!t.closest('article') || itemprop(t).includes('datemodified')) continue;
    const date = dateIn(t);
    if (date) return date;
  }
  return null;
}
