import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BENCH_DIR, CONTENDERS_DIR } from '../paths';
import { triggerPatternSource } from '../trigger';

export type ContenderId = 'baseline' | 'floor' | 'naive' | 'peer' | 'receipts';

export interface Contender {
  id: ContenderId;
  /** Unpacked extension folder, or null for the run with no extension. */
  extensionDir: string | null;
  /** The manifest name: Chromium names the content script's isolated world after it. */
  extensionName: string | null;
}

const PLAIN: { id: Exclude<ContenderId, 'baseline' | 'receipts'>; prelude?: () => string }[] = [
  { id: 'floor' },
  { id: 'naive' },
  { id: 'peer', prelude: () => readFileSync(createRequire(import.meta.url).resolve('mark.js'), 'utf8') },
];

/**
 * Writes the floor, naive and peer contenders as minimal MV3 extensions: a manifest and one plain
 * content script, injected at document_idle like Receipts' own, so all start at the same moment.
 */
export function buildPlainContenders(): Contender[] {
  const pattern = JSON.stringify(triggerPatternSource()).slice(1, -1).replaceAll("'", "\\'");
  return PLAIN.map(({ id, prelude }) => {
    const dir = join(CONTENDERS_DIR, id);
    mkdirSync(dir, { recursive: true });
    const name = `bench-${id}`;
    const manifest = {
      manifest_version: 3,
      name,
      version: '1.0.0',
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const body = readFileSync(join(BENCH_DIR, 'contenders', `${id}.js`), 'utf8').replace(
      '__TRIGGER__',
      pattern,
    );
    writeFileSync(join(dir, 'content.js'), `${prelude ? `${prelude()}\n` : ''}${body}`);
    return { id, extensionDir: dir, extensionName: name };
  });
}
