import { once } from 'node:events';
import { connect } from 'node:net';
import { expect, test } from 'vitest';
import { refuseInternet } from '../../src/browsers';
import { recordNetwork } from './security/network-recorder';

// The proxies that keep the browsers off the internet answer every HTTPS tunnel (CONNECT) with a
// 502. Browsers open such tunnels all the time in the background (Chromium's update and account
// checks, Firefox's remote settings) and reset them when they give up or exit. One reset arriving
// while the proxy still held the socket raised an unhandled `read ECONNRESET` in the test process
// (seen once in two full runs of page-dynamic.e2e.ts, whose two browser starts per browser open
// dozens of tunnels). Here a client does what the browser does, deterministically.

async function resetTunnelAfterRefusal(proxyOrigin: string): Promise<string> {
  const { hostname, port } = new URL(proxyOrigin);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  socket.write('CONNECT update.googleapis.com:443 HTTP/1.1\r\nHost: update.googleapis.com:443\r\n\r\n');
  const [answer] = (await once(socket, 'data')) as [Buffer];
  socket.resetAndDestroy();
  // Time for the proxy to read the reset.
  await new Promise((done) => setTimeout(done, 200));
  return answer.toString().split('\r\n')[0] ?? '';
}

test('the offline proxy of the page tests survives a browser resetting a refused tunnel', async () => {
  const unhandled: unknown[] = [];
  const record = (error: unknown) => unhandled.push(error);
  process.on('uncaughtException', record);
  const offline = await refuseInternet();
  try {
    expect(await resetTunnelAfterRefusal(process.env.https_proxy ?? '')).toBe('HTTP/1.1 502 Bad Gateway');
    expect(await resetTunnelAfterRefusal(process.env.https_proxy ?? '')).toBe('HTTP/1.1 502 Bad Gateway');
  } finally {
    await offline.close();
    process.off('uncaughtException', record);
  }
  expect(unhandled).toEqual([]);
});

test('the privacy test’s recording proxy survives it too', async () => {
  const unhandled: unknown[] = [];
  const record = (error: unknown) => unhandled.push(error);
  process.on('uncaughtException', record);
  const recorder = await recordNetwork();
  try {
    expect(await resetTunnelAfterRefusal(process.env.https_proxy ?? '')).toBe('HTTP/1.1 502 Bad Gateway');
  } finally {
    await recorder.close();
    process.off('uncaughtException', record);
  }
  expect(unhandled).toEqual([]);
});
