import { type TestPage, waitFor } from '../../../src/browsers';

/**
 * Types a query into the sidebar's search box as a reader would. The sidebar renders only after
 * it has read the interface language from storage, which can be after its page's load event, so
 * the box is waited for rather than assumed.
 */
export async function typeSearch(sidebar: TestPage, query: string) {
  await waitFor(
    () => sidebar.evaluate(() => document.querySelector('input[type="search"]') !== null),
    15_000,
    'the sidebar’s search box',
  );
  await sidebar.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no search box');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}
