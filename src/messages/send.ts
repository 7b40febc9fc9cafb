import { browser } from 'wxt/browser';
import type { Request, ResponseOf } from './contract';

/** Sends a request to the background and returns its typed answer; an { error } answer throws. */
export async function send<R extends Request>(request: R): Promise<ResponseOf[R['type']]> {
  const response = (await browser.runtime.sendMessage(request)) as
    | ResponseOf[R['type']]
    | { error: string }
    | undefined;
  if (response === undefined) throw new Error('no answer from the background');
  if (typeof response === 'object' && response !== null && 'error' in response)
    throw new Error(response.error);
  return response;
}
