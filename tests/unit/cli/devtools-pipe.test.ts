import { PassThrough } from 'node:stream';
import { expect, test } from 'vitest';
import { devToolsPipe, splitMessages } from '../../../src/cli/devtools-pipe';

test('messages end with a NUL; a message cut between chunks waits for its end', () => {
  expect(splitMessages('{"id":1}\0{"id":2}\0{"id"')).toEqual({
    messages: ['{"id":1}', '{"id":2}'],
    rest: '{"id"',
  });
  expect(splitMessages('')).toEqual({ messages: [], rest: '' });
});

test('each answer goes to the call with its id, whatever order and chunking it comes in', async () => {
  const toBrowser = new PassThrough();
  const fromBrowser = new PassThrough();
  const sent: string[] = [];
  toBrowser.on('data', (chunk: Buffer) => sent.push(chunk.toString()));
  const devtools = devToolsPipe(toBrowser, fromBrowser);
  const first = devtools.send('Extensions.loadUnpacked', { path: '/b' });
  const second = devtools.send('Target.getTargets');
  await new Promise((resolve) => setImmediate(resolve));
  expect(sent).toEqual([
    '{"id":1,"method":"Extensions.loadUnpacked","params":{"path":"/b"}}\0',
    '{"id":2,"method":"Target.getTargets","params":{}}\0',
  ]);
  fromBrowser.write('{"method":"Target.targetCreated","params":{}}\0{"id":2,"err');
  fromBrowser.write('or":{"message":"no"}}\0{"id":1,"result":{"id":"abc"}}\0');
  await expect(first).resolves.toEqual({ id: 'abc' });
  await expect(second).rejects.toThrow('no');
});

test('calls still waiting fail when the browser goes away', async () => {
  const fromBrowser = new PassThrough();
  const devtools = devToolsPipe(new PassThrough(), fromBrowser);
  const call = devtools.send('Target.getTargets');
  fromBrowser.destroy();
  await expect(call).rejects.toThrow('the browser closed');
});
