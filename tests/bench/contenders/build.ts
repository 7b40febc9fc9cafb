import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Engine } from '../browser/launch';
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

/** The user-timing entries a contender's script leaves in Firefox (see timed() and browser/firefox.ts). */
export const WORK_MEASURE = 'bench:work';
export const FRAME_MARK = 'bench:frame';

/**
 * Firefox has no trace to attribute time from, so there the script times itself with
 * performance.now(), as Receipts' own cost meter does (src/content-scripts/common/task-cost.ts):
 * the whole script, the peer's mark.js prelude included, in one measure the harness reads from the
 * page's timeline (content scripts share the document's), and a mark in the next animation frame,
 * when its changes are on screen. What this leaves out is what Chromium's trace adds: compiling the
 * script.
 */
function timed(script: string): string {
  return [
    'const __benchStart = performance.now();',
    `try {\n${script}\n} finally {`,
    `  performance.measure('${WORK_MEASURE}', { start: __benchStart, end: performance.now() });`,
    `  requestAnimationFrame(() => performance.mark('${FRAME_MARK}'));`,
    '}',
  ].join('\n');
}

/**
 * Writes the floor, naive and peer contenders as minimal extensions (MV3 for Chromium, MV2 for
 * Firefox, as Receipts' own builds): a manifest and one plain content script, injected at
 * document_idle like Receipts' own, so all start at the same moment.
 */
export function buildPlainContenders(engine: Engine = 'chromium'): Contender[] {
  const pattern = JSON.stringify(triggerPatternSource()).slice(1, -1).replaceAll("'", "\\'");
  return PLAIN.map(({ id, prelude }) => {
    const dir = join(CONTENDERS_DIR, engine, id);
    mkdirSync(dir, { recursive: true });
    const name = `bench-${id}`;
    const scripts = [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }];
    const manifest =
      engine === 'chromium'
        ? { manifest_version: 3, name, version: '1.0.0', content_scripts: scripts }
        : {
            manifest_version: 2,
            name,
            version: '1.0.0',
            content_scripts: scripts,
            browser_specific_settings: { gecko: { id: `${name}@receipts.bench` } },
          };
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    const body = readFileSync(join(BENCH_DIR, 'contenders', `${id}.js`), 'utf8').replace(
      '__TRIGGER__',
      pattern,
    );
    const script = `${prelude ? `${prelude()}\n` : ''}${body}`;
    writeFileSync(join(dir, 'content.js'), engine === 'chromium' ? script : timed(script));
    return { id, extensionDir: dir, extensionName: name };
  });
}
