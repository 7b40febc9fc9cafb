import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { type LoopbackServer, listenOnLoopback, REPO_ROOT } from '../../../src/browsers';

export const FIXTURES_DIR = join(REPO_ROOT, 'tests/e2e/fixtures');
export const REAL_WORLD_DIR = join(REPO_ROOT, 'tests/fixtures/real-world');
/** The demo site `npm start` opens (its article is the demo page of several tests). */
export const DEMO_DIR = join(REPO_ROOT, 'demo');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export type StaticServer = LoopbackServer;

/**
 * Serves the test fixtures at /fixtures/ and the real saved pages at /real-world/ from 127.0.0.1.
 * Anything else, including requests the saved pages make for their own images and scripts, gets a
 * 404 at once, so no test waits on the network.
 */
export async function startServer(
  /** Told of every request the server receives, before it is answered (the privacy test). */
  onRequest?: (request: IncomingMessage) => void,
): Promise<StaticServer> {
  const roots: Record<string, string> = { fixtures: FIXTURES_DIR, 'real-world': REAL_WORLD_DIR };
  const server: Server = createServer(async (request, response) => {
    onRequest?.(request);
    const [, root, ...rest] = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/').split('/');
    const base = root ? roots[root] : undefined;
    const path = base && normalize(join(base, ...rest));
    if (!base || !path?.startsWith(base)) return void response.writeHead(404).end();
    try {
      const body = await readFile(path);
      response
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return listenOnLoopback(server);
}
