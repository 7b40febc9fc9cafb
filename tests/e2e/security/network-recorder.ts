import { createServer, type IncomingMessage } from 'node:http';
import { listenOnLoopback, refuseTunnels } from '../../../src/browsers';
import { type StaticServer, startServer } from '../harness/server';

// Every HTTP request either browser makes, from any of its contexts (pages, content scripts,
// extension pages, Chromium's service worker, Firefox's background page), ends at one of two places
// during the privacy test: the test server on 127.0.0.1, which both browsers reach directly, or
// the proxy that the browsers' proxy environment variables point to, which gets everything else
// and answers 502 so nothing leaves the machine. Both write down what they see.

export interface SeenRequest {
  /** "server" for 127.0.0.1, "proxy" for any other host. */
  at: 'server' | 'proxy';
  method: string;
  /** The full address for the proxy; the path for the test server. */
  url: string;
  /** Who asked, as the browser says: Origin, Referer and Sec-Fetch-Site when it sends them. */
  origin: string | null;
  referer: string | null;
  fetchSite: string | null;
}

export interface NetworkRecorder {
  server: StaticServer;
  seen: SeenRequest[];
  close(): Promise<void>;
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
};

const seenAs = (at: SeenRequest['at'], request: IncomingMessage, url: string): SeenRequest => ({
  at,
  method: request.method ?? '',
  url,
  origin: header(request, 'origin'),
  referer: header(request, 'referer'),
  fetchSite: header(request, 'sec-fetch-site'),
});

/** Starts both recorders; call before launching the browser, which reads the proxy variables. */
export async function recordNetwork(): Promise<NetworkRecorder> {
  const seen: SeenRequest[] = [];
  const proxy = createServer((request, response) => {
    seen.push(seenAs('proxy', request, request.url ?? ''));
    response.writeHead(502).end();
  });
  refuseTunnels(proxy, (request) => seen.push(seenAs('proxy', request, `https://${request.url ?? ''}`)));
  const listening = await listenOnLoopback(proxy);
  const proxyUrl = listening.origin;
  const saved = Object.fromEntries(
    ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'no_proxy', 'NO_PROXY'].map((n) => [
      n,
      process.env[n],
    ]),
  );
  for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) process.env[name] = proxyUrl;
  process.env.no_proxy = process.env.NO_PROXY = '127.0.0.1,localhost';
  const server = await startServer((request) => seen.push(seenAs('server', request, request.url ?? '')));
  return {
    server,
    seen,
    close: async () => {
      await server.close();
      await listening.close();
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    },
  };
}
