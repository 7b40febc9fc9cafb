import { expect } from 'vitest';
import type { TestPage } from '../../src/browsers';
import { describeBrowsers } from './harness/fixtures';
import { decodeHostile, type Encoded, hostileMessages } from './security/hostile-messages';

// The background under a thousand malformed and hostile messages, sent the way a compromised
// extension context would: runtime.sendMessage from an extension page. Each must be answered (an
// { error } with a reason, or a bounded answer for the few that are valid after all) or refused by
// the browser itself (a cycle cannot be sent from Chromium), none may hang, and afterwards the
// background must still give the same answers to good messages as before.

type Api = typeof import('wxt/browser').browser;

interface Tally {
  refused: number;
  answered: number;
  undelivered: number;
  hung: number;
  ranInPage: boolean;
}

// Built from source so the decoder runs inside the browser: the test driver cannot carry NaN,
// holes, cycles or 10 MB strings as they are (see hostile-messages.ts).
// The list crosses as JSON text: Puppeteer refuses objects with a "constructor" key as arguments.
const sendAll = new Function(
  'json',
  `const decodeHostile = ${decodeHostile.toString()};
   return (${inPage.toString()})(JSON.parse(json), decodeHostile);`,
) as (json: string) => Promise<string>;

async function inPage(encoded: Encoded[], decode: (value: Encoded) => unknown): Promise<string> {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api; __fuzzRan?: unknown };
  const ext = (g.browser ?? g.chrome) as Api;
  const tally = { refused: 0, answered: 0, undelivered: 0, hung: 0, ranInPage: false };
  for (const value of encoded) {
    let message: unknown;
    try {
      message = decode(value);
    } catch {
      // Nesting too deep to build here is nesting too deep to send.
      tally.undelivered++;
      continue;
    }
    const hang = new Promise((resolve) => setTimeout(() => resolve('hung'), 10_000));
    // Chromium throws at once on what it cannot serialize; Firefox rejects.
    const sent = Promise.resolve()
      .then(() => ext.runtime.sendMessage(message))
      .catch(() => 'undelivered');
    const answer = await Promise.race([sent, hang]);
    if (answer === 'hung') tally.hung++;
    else if (answer === 'undelivered') tally.undelivered++;
    else if (typeof (answer as { error?: unknown } | null)?.error === 'string') tally.refused++;
    else tally.answered++;
  }
  tally.ranInPage = g.__fuzzRan !== undefined;
  return JSON.stringify(tally);
}

const GOOD_CHECK = {
  type: 'check',
  sentences: ['Pashinyan did not attend the CSTO summit in Minsk.'],
  pageDate: '2023-11-24',
};
const GOOD_SEARCH = { type: 'search', query: 'ОДКБ', filters: null, limit: 5 };

function ask(page: TestPage, message: unknown): Promise<unknown> {
  return page
    .evaluate(async (m) => {
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      return JSON.stringify(await (g.browser ?? g.chrome)?.runtime.sendMessage(m));
    }, message)
    .then((text) => JSON.parse(text));
}

describeBrowsers(({ test }) => {
  // Sent from the panel's page: the options page, an extension context.
  test('a thousand hostile messages are refused, nothing hangs, and the next good ones are right', async ({
    browser,
    panel: { page },
  }) => {
    const checkBefore = await ask(page, GOOD_CHECK);
    const searchBefore = await ask(page, GOOD_SEARCH);
    expect(checkBefore).toMatchObject({ results: [{ verdict: expect.any(String) }] });
    expect(checkBefore).not.toMatchObject({ results: [{ verdict: 'none' }] });

    const messages = hostileMessages(1_000);
    const tally: Tally = { refused: 0, answered: 0, undelivered: 0, hung: 0, ranInPage: false };
    // In slices, so one driver call never waits minutes for an answer.
    for (let at = 0; at < messages.length; at += 100) {
      const part = JSON.parse(
        await page.evaluate(sendAll, JSON.stringify(messages.slice(at, at + 100))),
      ) as Tally;
      for (const key of ['refused', 'answered', 'undelivered', 'hung'] as const) tally[key] += part[key];
      tally.ranInPage ||= part.ranInPage;
    }
    console.log(`${browser.name}: ${JSON.stringify(tally)}`);
    expect(tally.hung).toBe(0);
    expect(tally.ranInPage).toBe(false);
    expect(tally.refused + tally.answered + tally.undelivered).toBe(1_000);
    // Most are refused, with a reason or by the browser; the rest are harmless variations (an extra
    // field ignored, an optional one left out), answered. The list is the same on every run.
    expect(tally.refused + tally.undelivered).toBeGreaterThanOrEqual(700);

    expect(await ask(page, GOOD_CHECK)).toEqual(checkBefore);
    expect(await ask(page, GOOD_SEARCH)).toEqual(searchBefore);
  });
});
