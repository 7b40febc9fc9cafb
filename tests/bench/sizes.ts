import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RECEIPTS_DIR } from './paths';

// Sizes from the build output: what a reader downloads (the store zip) and what every page pays
// to parse (the content script). The record ships in the background bundle, not the content script;
// a content script that carried record data would show it here as a marker string.

export interface Sizes {
  contentScript: { files: string[]; bytes: number; gzipBytes: number; carriesRecord: boolean };
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
  // Everything the manifest injects into pages: scripts and their stylesheets.
  const injected = [
    ...new Set((manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])),
  ];
  const content = injected.map((f) => readFileSync(join(RECEIPTS_DIR, f)));
  const joined = Buffer.concat(content);
  const worker = manifest.background?.service_worker;
  const bg = worker ? readFileSync(join(RECEIPTS_DIR, worker)) : null;
  return {
    contentScript: {
      files: injected,
      bytes: joined.length,
      // Each file gzipped on its own, as a store or a server would.
      gzipBytes: content.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
      carriesRecord: joined.includes(recordMarker),
    },
    background: bg ? { bytes: bg.length, gzipBytes: gzipSync(bg, { level: 9 }).length } : null,
    extensionBytes: files.reduce((sum, f) => sum + statSync(f).size, 0),
    zipBytes: zip ? statSync(zip).size : null,
  };
}

export const listBuild = () => walk(RECEIPTS_DIR).map((f) => relative(RECEIPTS_DIR, f));
