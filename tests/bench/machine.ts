import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { FIREFOX_PATH } from './browser/firefox';
import { CHROMIUM_PATH } from './browser/launch';

/** The machine the figures came from, for the results and the README. */
export function describeMachine() {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() has it.
  }
  const version = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  const firefox = spawnSync(FIREFOX_PATH, ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? '';
  return {
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    chromium: version.split(' built')[0] || 'unknown Chromium',
    firefox: firefox || 'unknown Firefox',
    node: process.version,
    os: `${type()} ${release()}`,
  };
}
