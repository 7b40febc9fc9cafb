import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readFlag } from '../../../src/flags/flag';
import { groupFlags, recheck } from '../../../src/flags/triage';
import { realEngine } from '../engine/real-engine';

// Readers' exported flags, read and sorted as `npm run record -- flags` does, with the real engine.
const lines = readFileSync(new URL('../../fixtures/flags/flags.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const parse = (line: string): unknown => {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
};

describe('readers’ flags', () => {
  test('a line that is no flag is refused with a reason; the hostile note stays text', () => {
    const read = lines.map((l) => readFlag(parse(l)));
    expect(read.map((r) => ('problem' in r ? r.problem : 'ok'))).toEqual([
      'ok',
      'ok',
      'ok',
      '"complaints" may name only verdict, quote, date, speaker',
      'must be a flag object',
    ]);
    const first = read[0];
    expect(first && 'flag' in first && first.flag.note).toBe('<img src=x onerror=alert(1)>');
    expect(readFlag({ ...(parse(lines[0] ?? '') as object), tracking: 1 })).toEqual({
      problem: 'unknown field "tracking"',
    });
    expect(readFlag({ ...(parse(lines[0] ?? '') as object), complaints: [] })).toEqual({
      problem: '"complaints" must name at least one of verdict, quote, date, speaker',
    });
  });

  test('flags are re-checked and grouped by claim, then by complaint, the most flagged first', () => {
    const { engine } = realEngine();
    const flags = lines.flatMap((l) => {
      const r = readFlag(parse(l));
      return 'flag' in r ? [r.flag] : [];
    });
    const groups = groupFlags(flags.map((f) => recheck(f, (s, d) => engine.check(s, { pageDate: d }))));
    expect(
      groups.map((g) => [g.claim, g.flags, g.byComplaint.map((c) => `${c.complaint}:${c.flags.length}`)]),
    ).toEqual([
      ['armenia-has-not-formally-left-csto', 2, ['verdict:2', 'date:1']],
      ['pashinyan-skips-minsk-csto-summit-2023', 1, ['speaker:1']],
    ]);
  });
});
