import type { BrowserContext, CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { JSHandle, Page as PuppeteerPage } from 'puppeteer-core';

// Receipts' card lives in a closed shadow root (src/content-scripts/page-app/card-host.ts), which
// the page's scripts, and so page.evaluate, cannot reach. The browsers' automation protocols can:
// Chromium's DevTools protocol describes a node's shadow roots whatever their mode
// (DOM.describeNode with pierce), and Firefox's WebDriver BiDi serializes an element's shadow root,
// closed ones included. Each gives a remote reference to the root, on which `fn` then runs in the
// page's main world. The shipped extension needs nothing for this: no flag, no open root for tests.

type CardFn<T, A> = (root: ShadowRoot, arg: A) => T;

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/** One DevTools protocol session per page, shared by the card reader and the tests that trace. */
export function devtoolsOf(context: BrowserContext, page: PlaywrightPage): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = context.newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

export async function readCardChromium<T, A>(
  context: BrowserContext,
  page: PlaywrightPage,
  fn: CardFn<T, A>,
  arg?: A,
): Promise<T | null> {
  const cdp = await devtoolsOf(context, page);
  const { result: host } = await cdp.send('Runtime.evaluate', {
    expression: "document.querySelector('receipts-card')",
  });
  if (!host.objectId) return null;
  try {
    const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
    const root = node.shadowRoots?.[0];
    if (!root) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
    if (!object.objectId) return null;
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
    return result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: host.objectId }).catch(() => {});
  }
}

interface BidiNodeValue {
  type: string;
  value?: { shadowRoot?: { type: string; sharedId?: string } | null };
}

type BidiHandle = JSHandle & {
  remoteValue(): BidiNodeValue;
  realm: { createHandle(value: unknown): JSHandle };
};

export async function readCardFirefox<T, A>(
  page: PuppeteerPage,
  fn: CardFn<T, A>,
  arg?: A,
): Promise<T | null> {
  const host = (await page.evaluateHandle(() => document.querySelector('receipts-card'))) as BidiHandle;
  try {
    const shadow = host.remoteValue().value?.shadowRoot;
    if (!shadow?.sharedId) return null;
    const root = host.realm.createHandle(shadow);
    try {
      return (await root.evaluate(fn as (root: unknown, arg: unknown) => T, arg)) as T;
    } finally {
      await root.dispose().catch(() => {});
    }
  } finally {
    await host.dispose().catch(() => {});
  }
}
