import { createServer } from 'node:http';
import { listenOnLoopback } from './loopback';
import { refuseTunnels } from './refuse-tunnel';

/**
 * The saved pages ask for their images, scripts and fonts from the internet. Both browsers wait
 * about 5 s on each failed DNS lookup on these machines, so a page takes seconds to "load" and 130
 * of them take many minutes. Pointing the browsers' proxy environment variables at a local proxy
 * that refuses everything at once makes those requests fail immediately, as on an offline laptop;
 * 127.0.0.1 (the test server) is never proxied by either browser. Call before launching.
 */
export async function refuseInternet(): Promise<{ close: () => Promise<void> }> {
  const proxy = createServer((_request, response) => void response.writeHead(502).end());
  refuseTunnels(proxy);
  const listening = await listenOnLoopback(proxy);
  for (const name of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY'])
    process.env[name] = listening.origin;
  process.env.no_proxy = process.env.NO_PROXY = '127.0.0.1,localhost';
  return { close: listening.close };
}
