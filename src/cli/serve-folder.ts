import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { type LoopbackServer, listenOnLoopback } from '../browsers/loopback';

// A page opened by `npm start` or `npm run scan` is served from 127.0.0.1, never from file://:
// content scripts run on http pages without the extra "allow access to file URLs" switch, and a
// saved page's own files (style sheets, images beside it) load the way they would on a site.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
};

export type FolderServer = LoopbackServer;

/** Serves the files under `folder` (and nothing outside it) on 127.0.0.1 at a free port. */
export async function serveFolder(folder: string): Promise<FolderServer> {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    let path: string;
    try {
      path = resolve(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    } catch {
      return void response.writeHead(400).end();
    }
    if (path !== root && !path.startsWith(root + sep)) return void response.writeHead(404).end();
    try {
      const body = await readFile(path);
      response
        .writeHead(200, {
          'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return listenOnLoopback(server);
}
