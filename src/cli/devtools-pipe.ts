import type { Readable, Writable } from 'node:stream';

// Chrome's DevTools protocol over --remote-debugging-pipe (the browser's file descriptors 3 and 4):
// JSON messages, each ended by a NUL byte. `npm start` needs only a few commands, so this is all of
// the client it uses.

/** Splits what arrived into whole messages, returning them and the unfinished rest. */
export function splitMessages(buffered: string): { messages: string[]; rest: string } {
  const parts = buffered.split('\0');
  const rest = parts.pop() ?? '';
  return { messages: parts.filter(Boolean), rest };
}

export interface DevTools {
  send<T = unknown>(method: string, params?: object): Promise<T>;
}

export function devToolsPipe(toBrowser: Writable, fromBrowser: Readable): DevTools {
  let nextId = 1;
  let buffered = '';
  const waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    const { messages, rest } = splitMessages(buffered + chunk);
    buffered = rest;
    for (const text of messages) {
      const message = JSON.parse(text) as { id?: number; result?: unknown; error?: { message: string } };
      const call = message.id === undefined ? undefined : waiting.get(message.id);
      if (!call) continue; // events: none are subscribed to
      waiting.delete(message.id as number);
      if (message.error) call.reject(new Error(message.error.message));
      else call.resolve(message.result);
    }
  });
  fromBrowser.on('close', () => {
    for (const call of waiting.values()) call.reject(new Error('the browser closed'));
    waiting.clear();
  });
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
      }),
  };
}
