import { parseRequest, type Response } from '../messages/contract';
import { type Self, type Sender, senderKind, senderProblem } from '../messages/senders';
import { type BackgroundDeps, handleMessage } from './handle-message';
import type { PageAppLoads } from './page-app-loads';

/**
 * The background's runtime.onMessage listener: a message is answered only when it is well formed
 * (src/messages/contract.ts) and comes from a context that sends that kind of request
 * (src/messages/senders.ts); anything else gets { error } at once, without touching the record.
 */
export async function acceptMessage(
  message: unknown,
  sender: Sender,
  self: Self,
  deps: BackgroundDeps & { pageAppLoads?: PageAppLoads },
): Promise<Response> {
  const request = parseRequest(message);
  if ('error' in request) return request;
  const refused = senderProblem(request.type, sender, self);
  if (refused) return { error: refused };
  if (request.type === 'load-page-app' && deps.pageAppLoads && typeof sender.tab?.id === 'number') {
    const document = { id: sender.documentId, url: sender.url };
    if (!deps.pageAppLoads.allow(sender.tab.id, document))
      return { error: 'the page app was already loaded into this page' };
  }
  const kind = senderKind(sender, self);
  return handleMessage(request, sender.tab?.id, deps, kind ? { kind, url: sender.url } : undefined);
}
