import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, REPO_ROOT } from './paths';

// The engine's own figures in Node (sentences per second, index load time) come from
// tests/bench/engine.ts, which the engine's author keeps; this runs it as it is and keeps what it
// prints: the last JSON object if it prints one, else its lines of text.

export interface EngineFigures {
  json: unknown;
  text: string[];
  /** The two figures the issue asks for, read from the text when it says them. */
  sentencesPerSecond: number | null;
  loadMs: number | null;
  error: string | null;
}

const figure = (lines: string[], pattern: RegExp) => {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m?.[1]) return Number(m[1]);
  }
  return null;
};

export function runEngineBench(): EngineFigures | null {
  const script = join(BENCH_DIR, 'engine.ts');
  if (!existsSync(script)) return null;
  const result = spawnSync(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [script, '--json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 180_000,
  });
  const text = (result.stdout ?? '').split('\n').filter((l) => l.trim());
  let json: unknown = null;
  const start = (result.stdout ?? '').lastIndexOf('\n{');
  const candidate = start >= 0 ? result.stdout.slice(start + 1) : (result.stdout ?? '').trim();
  try {
    json = JSON.parse(candidate);
  } catch {
    json = null;
  }
  return {
    json,
    text: json ? [] : text,
    // The median of its rounds when it prints one (its best round flatters a shared machine).
    sentencesPerSecond:
      figure(text, /median\s+([\d.]+)\s*sentences\/s/) ?? figure(text, /([\d.]+)\s*sentences\/s/),
    loadMs: figure(text, /load:\s*([\d.]+)\s*ms/),
    error:
      result.status === 0
        ? null
        : `exit ${result.status}: ${(result.stderr ?? '').split('\n').slice(-3).join(' ')}`,
  };
}
