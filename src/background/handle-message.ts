import type { Engine, Verdict } from '../engine';
import type { Flag } from '../flags/flag';
import type { Translator } from '../i18n/translate';
import { parseRequest, type RecordSummary, type Response } from '../messages/contract';
import { withSentences } from '../record/sentence';
import type { Corpus } from '../record/types';
import { searchFor } from '../search';
import { recheckedFlag } from './flag-verdict';
import { localize, reasonWordsFor } from './localize';

export interface BackgroundDeps {
  getEngine: () => Engine;
  /** The reader's interface language, for the reasons of a check (src/i18n/current.ts); English without it. */
  getText?: () => Promise<Translator>;
  setBadge: (tabId: number, claimCount: number, worst: Verdict | null) => Promise<void>;
  /** Opens the sidebar with the text to check (src/background/sidebar.ts). It must reach the
   * browser's open call before any await, while the sender's user gesture still counts. */
  openSidebar?: (query: string, tabId: number | undefined) => Promise<{ opened: boolean }>;
  /** Injects the page app into the tab's top frame (src/background/page-app-loader.ts). */
  loadPageApp?: (tabId: number) => Promise<void>;
  /** Keeps a reader's flag in extension storage (src/flags/kept.ts). */
  keepFlag?: (flag: Flag) => Promise<void>;
  /** The address of the page in a tab, where the browser tells it (for a flag from the sidebar). */
  tabAddress?: (tabId: number) => Promise<string | undefined>;
  now?: () => Date;
}

/** Who sent the message, as the background saw it (src/messages/senders.ts). */
export interface From {
  kind: 'content-script' | 'extension-page';
  /** The sender's own address: the page's, for a content script. */
  url?: string;
}

// Answers one message. Never throws: a bad message or an engine failure becomes { error }, so a
// hostile page cannot take the background down or leave a caller waiting.
export async function handleMessage(
  message: unknown,
  tabId: number | undefined,
  deps: BackgroundDeps,
  from?: From,
): Promise<Response> {
  const request = parseRequest(message);
  if ('error' in request) return request;
  try {
    switch (request.type) {
      case 'check': {
        const engine = deps.getEngine();
        const pageDate = request.pageDate ?? undefined;
        const text = await deps.getText?.().catch(() => undefined);
        const words = text ? reasonWordsFor(engine.record, text) : null;
        return {
          results: request.sentences.map((sentence) => {
            const checked = engine.check(sentence, { pageDate });
            const result = { ...checked, evidence: withSentences(checked.evidence, engine.record) };
            return words ? localize(result, words) : result;
          }),
        };
      }
      case 'record-summary':
        return summarizeRecord(deps.getEngine().record);
      case 'load-page-app': {
        if (tabId === undefined || !deps.loadPageApp) return { error: 'load-page-app must come from a tab' };
        await deps.loadPageApp(tabId);
        return { ok: true };
      }
      case 'page-status': {
        if (tabId === undefined) return { error: 'page-status must come from a tab' };
        await deps.setBadge(tabId, request.claimCount, request.worst);
        return { ok: true };
      }
      case 'search':
        return searchFor(deps.getEngine().record).search({ ...request, typing: true });
      case 'timeline':
        return { months: searchFor(deps.getEngine().record).timeline(request.query, request.filters) };
      case 'statement-detail':
        return (
          searchFor(deps.getEngine().record).detail(request.id) ?? {
            error: 'no such statement in the record',
          }
        );
      case 'search-facets':
        return searchFor(deps.getEngine().record).facets();
      case 'open-sidebar':
        if (!deps.openSidebar) return { error: 'the sidebar cannot be opened from here' };
        return await deps.openSidebar(request.query, tabId);
      case 'flag': {
        if (!deps.keepFlag) return { error: 'flags cannot be kept from here' };
        // The address only when the reader ticked the box, and never as the message gives it: a
        // content script's is its sender's page; the sidebar's is the tab it names, as the browser has it.
        let pageUrl: string | undefined;
        if (request.includeAddress && from?.kind === 'content-script') pageUrl = from.url;
        else if (request.includeAddress && request.tabId !== undefined)
          pageUrl = await deps.tabAddress?.(request.tabId).catch(() => undefined);
        const flag = recheckedFlag(request, deps.getEngine(), pageUrl, deps.now?.() ?? new Date());
        await deps.keepFlag(flag);
        return { ok: true };
      }
    }
  } catch (error) {
    return { error: `request failed: ${(error as Error).message}` };
  }
}

function summarizeRecord({ sources, statements, claims }: Corpus): RecordSummary {
  return {
    sources: sources.map(({ id, outlet, headline, url, published }) => ({
      id,
      outlet,
      headline,
      url,
      published,
      statements: statements.filter((s) => s.source === id).length,
    })),
    statements: statements.length,
    claims: claims.length,
  };
}
