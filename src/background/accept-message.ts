import { parseRequest, type Response } from '../messages/contract';
import { type Self, type Sender, senderProblem } from '../messages/senders';
import { type BackgroundDeps, handleMessage } from './handle-message';

/**
 * The background's runtime.onMessage listener: a message is answered only when it is well formed
 * (src/messages/contract.ts) and comes from a context that sends that kind of request
 * (src/messages/senders.ts); anything else gets { error } at once, without touching the record.
 */
export async function acceptMessage(
  message: unknown,
  sender: Sender,
  self: Self,
  deps: BackgroundDeps,
): Promise<Response> {
  const request = parseRequest(message);
  if ('error' in request) return request;
  const refused = senderProblem(request.type, sender, self);
  if (refused) return { error: refused };
  return handleMessage(request, sender.tab?.id, deps);
}
