import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../browser/launch';
import { OUT_DIR, OUT_DIR_NAME, RECEIPTS_DIR, RECEIPTS_FIREFOX_DIR, REPO_ROOT } from '../paths';
import type { Contender } from './build';

const bin = (name: string) => join(REPO_ROOT, 'node_modules', '.bin', name);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    // Our own output folder, so a bench never overwrites the build another test run is using.
    env: { ...process.env, RECEIPTS_OUT_DIR: OUT_DIR_NAME },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

/** Builds the real extension (record, then `wxt zip`, which builds and packs) into .output-bench. */
export function buildReceipts(): void {
  run(bin('tsx'), ['src/cli/build-record.ts']);
  run(bin('wxt'), ['zip']);
  run(bin('wxt'), ['build', '-b', 'firefox']);
}

export function receiptsContender(engine: Engine = 'chromium'): Contender {
  const dir = engine === 'chromium' ? RECEIPTS_DIR : RECEIPTS_FIREFOX_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no Receipts build in ${dir}; run without --no-build`);
  }
  return { id: 'receipts', extensionDir: dir, extensionName: 'Receipts' };
}

/** The Chrome store zip `wxt zip` wrote beside the build, if any. */
export function receiptsZip(): string | null {
  const zip = readdirSync(OUT_DIR).find((f) => f.endsWith('-chrome.zip'));
  return zip ? join(OUT_DIR, zip) : null;
}
