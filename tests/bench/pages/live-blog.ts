import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_WORLD_DIR } from '../paths';
import { claimSentences, OWN_CLAIMS, sourceParagraphs } from './claim-text';
import { fillArticle, retitle } from './fill';
import type { GeneratedPage } from './long-article';
import { fillerParagraph, seededRng } from './prose';

/** The real page whose markup carries the live blog: a BBC article (260 KB of HTML). */
export const LIVE_BLOG_BASE = 'bbc-1.html';
const INITIAL_ENTRIES = 4;
const MAX_ENTRIES = 24;

export interface LiveEntry {
  time: string;
  paragraphs: string[];
  claims: number;
}

function entries(): LiveEntry[] {
  const rng = seededRng(4);
  const claims = [...sourceParagraphs().flatMap(claimSentences), ...OWN_CLAIMS];
  return Array.from({ length: INITIAL_ENTRIES + MAX_ENTRIES }, (_, i) => {
    const pair = [claims[(2 * i) % claims.length], claims[(2 * i + 1) % claims.length]] as string[];
    const paragraphs = [`${pair[0]} ${fillerParagraph(rng)}`, pair[1] as string];
    const minutes = 9 * 60 + 5 * i;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    return { time, paragraphs, claims: paragraphs.reduce((n, p) => n + claimSentences(p).length, 0) };
  });
}

/**
 * The page's own script: after the load event and a pause, it adds a new entry at the top every
 * `interval` ms (query parameters `entries`, `interval`, `start`), and notes in
 * window.__benchLiveBlog when each went in, on the page's clock.
 */
const liveScript = (pending: LiveEntry[], className: string) => `
(() => {
  const pending = ${JSON.stringify(pending)};
  const q = new URLSearchParams(location.search);
  const count = Math.min(Number(q.get('entries') || 10), pending.length);
  const interval = Number(q.get('interval') || 800);
  const start = Number(q.get('start') || 1500);
  const log = (window.__benchLiveBlog = { added: [], done: false });
  const feed = document.querySelector('[data-bench-liveblog]');
  const add = (i) => {
    const entry = pending[i];
    const box = document.createElement('div');
    box.dataset.benchEntry = String(i);
    const h = document.createElement('h2');
    h.textContent = entry.time;
    box.append(h);
    for (const text of entry.paragraphs) {
      const p = document.createElement('p');
      p.className = ${JSON.stringify(className)};
      p.textContent = text;
      box.append(p);
    }
    feed.prepend(box);
    log.added.push({ i, t: performance.now(), claims: entry.claims });
  };
  addEventListener('load', () => {
    let i = 0;
    setTimeout(function next() {
      add(i++);
      if (i < count) setTimeout(next, interval);
      else log.done = true;
    }, start);
  });
})();
`;

export function buildLiveBlog(): GeneratedPage & { pending: LiveEntry[] } {
  const all = entries();
  const initial = all.slice(0, INITIAL_ENTRIES).reverse();
  const pending = all.slice(INITIAL_ENTRIES);
  const html = readFileSync(join(REAL_WORLD_DIR, LIVE_BLOG_BASE), 'utf8');
  const filled = fillArticle(html, (doc, body, template) => {
    retitle(doc, 'Live: Armenia, Russia and the CSTO, as it happened', '2024-12-12T08:00:00Z');
    const feed = doc.createElement('div');
    feed.setAttribute('data-bench-liveblog', '');
    for (const entry of initial) {
      const box = doc.createElement('div');
      const h = doc.createElement('h2');
      h.textContent = entry.time;
      box.append(h);
      for (const text of entry.paragraphs) {
        const p = template.cloneNode(false) as Element;
        p.textContent = text;
        box.append(p);
      }
      feed.append(box);
    }
    const marker = [...body.childNodes].find((n) => n.nodeType === 8);
    body.insertBefore(feed, marker ?? null);
    const script = doc.createElement('script');
    script.textContent = liveScript(pending, template.getAttribute('class') ?? '');
    doc.body.append(script);
  });
  return {
    name: 'live-blog.html',
    html: filled.html,
    base: LIVE_BLOG_BASE,
    words: 0,
    claims: initial.reduce((n, e) => n + e.claims, 0),
    container: filled.container,
    pending,
  };
}
