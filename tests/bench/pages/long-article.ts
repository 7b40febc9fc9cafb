import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_WORLD_DIR } from '../paths';
import { fillArticle, retitle } from './fill';
import { longArticleText } from './long-article-text';

/** The real page whose markup carries the long article: a large news page (1.1 MB of HTML). */
export const LONG_ARTICLE_BASE = 'guardian-1.html';

export interface GeneratedPage {
  name: string;
  html: string;
  base: string;
  words: number;
  claims: number;
  container: string;
}

export function buildLongArticle(): GeneratedPage {
  const text = longArticleText();
  const { html, container } = fillArticle(
    readFileSync(join(REAL_WORLD_DIR, LONG_ARTICLE_BASE), 'utf8'),
    (doc, body, template) => {
      retitle(doc, text.headline, '2024-12-15T09:00:00Z');
      const marker = [...body.childNodes].find((n) => n.nodeType === 8);
      for (const paragraph of text.paragraphs) {
        const p = template.cloneNode(false) as Element;
        p.textContent = paragraph;
        body.insertBefore(p, marker ?? null);
      }
    },
  );
  return {
    name: 'long-article.html',
    html,
    base: LONG_ARTICLE_BASE,
    words: text.words,
    claims: text.claims,
    container,
  };
}
