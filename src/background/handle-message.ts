import type { Engine, Verdict } from '../engine';
import { parseRequest, type RecordSummary, type Response } from '../messages/contract';
import type { Corpus } from '../record/types';

export interface BackgroundDeps {
  getEngine: () => Engine;
  setBadge: (tabId: number, claimCount: number, worst: Verdict | null) => Promise<void>;
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
        return { results: request.sentences.map((sentence) => engine.check(sentence, { pageDate })) };
      }
      case 'record-summary':
        return summarizeRecord(deps.getEngine().record);
      case 'page-status': {
        if (tabId === undefined) return { error: 'page-status must come from a tab' };
        await deps.setBadge(tabId, request.claimCount, request.worst);
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
