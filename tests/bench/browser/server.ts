import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { type LoopbackServer, listenOnLoopback } from '../../../src/browsers';

export type PageServer = LoopbackServer;

/**
 * Serves folders of saved pages from 127.0.0.1, e.g. { 'real-world': dir } at /real-world/.
 * Anything else (the saved pages' own scripts, images and fonts) gets an immediate 404, and the
 * browser resolves no other host (see launch.ts), so nothing waits on a network and the pages load
 * the same way for every contender.
 */
export async function startPageServer(roots: Record<string, string>): Promise<PageServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    const [, root, ...rest] = path.split('/');
    const base = root ? roots[root] : undefined;
    const file = base ? normalize(join(base, ...rest)) : undefined;
    if (!base || !file?.startsWith(base + sep) || !file.endsWith('.html')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      // No charset here: each saved page declares its own (a few are not UTF-8).
      response.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return listenOnLoopback(server);
}
