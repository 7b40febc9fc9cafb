import { Window } from 'happy-dom';

// Puts our text into a real page's article body and keeps everything else of the page: its head,
// navigation, scripts, styles and the markup around the article. The body is the element with the
// most <p> children (how Readability-style tools find it too); its paragraphs are replaced.

export interface Filled {
  html: string;
  /** The element that held the article's paragraphs, now holding ours. */
  container: string;
}

export function fillArticle(
  html: string,
  fill: (doc: Document, container: Element, paragraphTemplate: Element) => void,
): Filled {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  let container: Element | null = null;
  let most = 0;
  for (const element of doc.querySelectorAll('body *')) {
    const n = [...element.children].filter((c) => c.tagName === 'P').length;
    if (n > most) {
      most = n;
      container = element;
    }
  }
  if (!container) throw new Error('no article body found');
  const paragraphs = [...container.children].filter((c) => c.tagName === 'P');
  const template = (paragraphs[0] as Element).cloneNode(false) as Element;
  const marker = doc.createComment('bench: article body');
  container.insertBefore(marker, paragraphs[0] as Element);
  for (const p of paragraphs) p.remove();
  fill(doc, container, template);
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  const out = { html: `${doctype}${doc.documentElement.outerHTML}`, container: describe(container) };
  void window.happyDOM.close();
  return out;
}

const describe = (el: Element) =>
  `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;

/** Our headline in the page's <h1> and <title>, and our date in its article metadata. */
export function retitle(doc: Document, headline: string, publishedIso: string): void {
  const h1 = doc.querySelector('h1');
  if (h1) h1.textContent = headline;
  const title = doc.querySelector('title');
  if (title) title.textContent = headline;
  for (const meta of doc.querySelectorAll(
    'meta[property="article:published_time"], meta[itemprop="datePublished"]',
  )) {
    meta.setAttribute('content', publishedIso);
  }
  for (const time of doc.querySelectorAll('time[datetime]')) time.setAttribute('datetime', publishedIso);
}
