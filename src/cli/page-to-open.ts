import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { REPO_ROOT } from './built-extension';
import type { PageInput } from './run-options';
import { type FolderServer, serveFolder } from './serve-folder';

export const DEMO_ARTICLE = join(REPO_ROOT, 'demo', 'article.html');

/**
 * The address to open for a page argument: a URL on this machine as it is; a file (the demo article
 * when none is given) served with its folder from 127.0.0.1.
 */
export async function pageToOpen(
  page: PageInput | null,
): Promise<{ url: string; server?: FolderServer } | { error: string }> {
  if (page?.kind === 'url') return { url: page.url };
  const file = resolve(page?.path ?? DEMO_ARTICLE);
  if (!existsSync(file) || !statSync(file).isFile()) return { error: `No such file: ${file}` };
  const server = await serveFolder(dirname(file));
  return { url: `${server.origin}/${encodeURIComponent(basename(file))}`, server };
}
