import type { Engine, Verdict } from '../engine';
import type { Translator } from '../i18n/translate';
import { lookupFor } from '../lookup';
import { parseRequest, type RecordSummary, type Response } from '../messages/contract';
import type { Corpus } from '../record/types';
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
}

// Answers one message. Never throws: a bad message or an engine failure becomes { error }, so a
// hostile page cannot take the background down or leave a caller waiting.
export async function handleMessage(
  message: unknown,
  tabId: number | undefined,
  deps: BackgroundDeps,
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
            const result = engine.check(sentence, { pageDate });
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
        return lookupFor(deps.getEngine().record).search({ ...request, typing: true });
      case 'timeline':
        return { months: lookupFor(deps.getEngine().record).timeline(request.query, request.filters) };
      case 'statement-detail':
        return (
          lookupFor(deps.getEngine().record).detail(request.id) ?? {
            error: 'no such statement in the record',
          }
        );
      case 'lookup-facets':
        return lookupFor(deps.getEngine().record).facets();
      case 'open-sidebar':
        if (!deps.openSidebar) return { error: 'the sidebar cannot be opened from here' };
        return await deps.openSidebar(request.query, tabId);
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
