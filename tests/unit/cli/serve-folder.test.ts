import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type FolderServer, serveFolder } from '../../../src/cli/serve-folder';

let dir: string;
let server: FolderServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'receipts-serve-'));
  await mkdir(join(dir, 'page'));
  await writeFile(join(dir, 'page', 'a b.html'), '<p>hello</p>');
  await writeFile(join(dir, 'secret.txt'), 'not for the page');
  server = await serveFolder(join(dir, 'page'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('serves the folder from 127.0.0.1 with a content type', async () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${server.origin}/a%20b.html`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(await response.text()).toBe('<p>hello</p>');
});

test('nothing outside the folder, however the path is written', async () => {
  for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/missing.html'])
    expect((await fetch(`${server.origin}${path}`)).status).toBe(404);
});
