import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_PAGES_DIR } from '../paths';
import { buildLiveBlog } from './live-blog';
import { buildLongArticle, type GeneratedPage } from './long-article';

export interface ClaimPages {
  longArticle: GeneratedPage;
  liveBlog: GeneratedPage & { pending: { claims: number }[] };
}

/** Writes the claim-dense pages into the bench's work folder (ignored by git), served at /generated/. */
export function writeClaimPages(): ClaimPages {
  mkdirSync(GENERATED_PAGES_DIR, { recursive: true });
  const longArticle = buildLongArticle();
  const liveBlog = buildLiveBlog();
  for (const page of [longArticle, liveBlog]) writeFileSync(join(GENERATED_PAGES_DIR, page.name), page.html);
  return { longArticle, liveBlog };
}
