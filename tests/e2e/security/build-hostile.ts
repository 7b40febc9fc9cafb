import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../src/browsers';
import { writeHostileRecord } from './hostile-record';

/**
 * Builds Receipts for both browsers with the hostile record (hostile-record.ts) instead of the real
 * one, beside the suite's build: the record goes to a temporary folder and the extension to
 * "<suite's output folder>-xss", so .generated/ and the suite's build stay as they are. Returns the
 * output folder, for launch(). About ten seconds.
 */
export function buildWithHostileRecord(): string {
  const work = mkdtempSync(join(tmpdir(), 'receipts-hostile-'));
  const outDir = `${process.env.RECEIPTS_OUT_DIR ?? '.output'}-xss`;
  try {
    writeHostileRecord(join(REPO_ROOT, 'data'), join(work, 'data'));
    const env = {
      ...process.env,
      RECEIPTS_DATA_DIR: join(work, 'data'),
      RECEIPTS_GENERATED_DIR: join(work, 'generated'),
      RECEIPTS_OUT_DIR: outDir,
    };
    const run = (bin: string, args: string[]) =>
      execFileSync(join(REPO_ROOT, 'node_modules/.bin', bin), args, { cwd: REPO_ROOT, env, stdio: 'pipe' });
    run('tsx', ['src/cli/build-record.ts']);
    run('wxt', ['build']);
    run('wxt', ['build', '-b', 'firefox']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return join(REPO_ROOT, outDir);
}
