import type { PageClaims } from './page-contract';

/**
 * Where the first look (src/content-scripts/first-look/first-look.ts) keeps its answer to
 * 'page-claims', in the isolated world.
 */
export const FIRST_LOOK_KEY = '__receiptsFirstLook';

/**
 * Runs in the page's isolated world through scripting.executeScript, so it is self-contained: the
 * first look's answer, or null where no first look ran (a browser page, a page loaded before the
 * extension). An own property only: `<div id="__receiptsFirstLook">` is a named property of the
 * window in this world too, and a plain read would hand back the page's element. Whatever comes back
 * is still checked by the caller (src/messages/page-answer.ts).
 */
export function readFirstLook(key: string): PageClaims | null {
  const answer = Object.getOwnPropertyDescriptor(globalThis, key)?.value as PageClaims | undefined;
  if (typeof answer !== 'object' || answer === null) return null;
  return JSON.parse(JSON.stringify(answer));
}
