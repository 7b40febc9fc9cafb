import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_APP_FILES } from '../../src/background/page-app-loader';
import { RECEIPTS_DIR } from './paths';

// Sizes from the build output: what a reader downloads (the store zip), what every page pays to
// parse (the first look, the one script the manifest declares) and what a page with a mention pays
// (that, plus the page app and its stylesheet, injected on a hit). The record ships in the background bundle, not the content script;
// a content script that carried record data would show it here as a marker string.

export interface Sizes {
  contentScript: { files: string[]; bytes: number; gzipBytes: number; carriesRecord: boolean };
  /** The part every page gets, mention or not. */
  everyPage: { files: string[]; gzipBytes: number };
  background: { bytes: number; gzipBytes: number } | null;
  extensionBytes: number;
  zipBytes: number | null;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

/** `recordMarker`: a string only the record contains (a statement id), to catch record data in the bundle. */
export function measureSizes(zip: string | null, recordMarker: string): Sizes {
  const files = walk(RECEIPTS_DIR);
  const manifest = JSON.parse(readFileSync(join(RECEIPTS_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
    background?: { service_worker?: string };
  };
  const declared = [
    ...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  ];
  const onHit = Object.values(PAGE_APP_FILES).map((f) => f.replace(/^\//, ''));
  const injected = [...declared, ...onHit];
  const gzip = (files: string[]) =>
    files.reduce((sum, f) => sum + gzipSync(readFileSync(join(RECEIPTS_DIR, f)), { level: 9 }).length, 0);
  const content = injected.map((f) => readFileSync(join(RECEIPTS_DIR, f)));
  const joined = Buffer.concat(content);
  const worker = manifest.background?.service_worker;
  const bg = worker ? readFileSync(join(RECEIPTS_DIR, worker)) : null;
  return {
    contentScript: {
      files: injected,
      bytes: joined.length,
      // Each file gzipped on its own, as a store or a server would.
      gzipBytes: gzip(injected),
      carriesRecord: joined.includes(recordMarker),
    },
    everyPage: { files: declared, gzipBytes: gzip(declared) },
    background: bg ? { bytes: bg.length, gzipBytes: gzipSync(bg, { level: 9 }).length } : null,
    extensionBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    zipBytes: zip ? statSync(zip).size : null,
  };
}

export const listBuild = () => walk(RECEIPTS_DIR).map((f) => relative(RECEIPTS_DIR, f));
