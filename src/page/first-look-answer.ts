import type { PageClaims } from '../messages/page-contract';

/** Where the first look (src/page/first-look.ts) keeps its answer to 'page-claims', in the isolated world. */
export const FIRST_LOOK_KEY = '__receiptsFirstLook';

/**
 * Runs in the page's isolated world through scripting.executeScript, so it is self-contained: the
 * first look's answer, or null where no first look ran (a browser page, a page loaded before the
 * extension).
 */
export function readFirstLook(key: string): PageClaims | null {
  const answer = (globalThis as Record<string, unknown>)[key] as PageClaims | undefined;
  return answer ? JSON.parse(JSON.stringify(answer)) : null;
}
