import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLabelledSet } from '../../../src/eval/labelled';
import { type Output, score } from '../../../src/eval/score';
import { realEngine } from '../engine/real-engine';
import { evalFile } from './data';

const dir = mkdtempSync(join(tmpdir(), 'receipts-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The shared scorer's own summary line, for the same gold and output.
function scoreMjs(goldPath: string, outputs: Output[]) {
  const outPath = join(dir, 'out.jsonl');
  writeFileSync(outPath, outputs.map((o) => JSON.stringify(o)).join('\n'));
  // It exits 1 when outputs are missing, which these are on purpose: read what it printed.
  const printed = spawnSync(process.execPath, [evalFile('score.mjs'), goldPath, outPath], {
    encoding: 'utf8',
  }).stdout;
  const confusion = JSON.parse(/confusion \(rows gold, cols predicted\): (.*)/.exec(printed)?.[1] ?? 'null');
  return { last: printed.trim().split('\n').at(-1), confusion };
}

describe('the figures are the shared scorer’s', () => {
  for (const file of ['claims.dev.jsonl', 'claims.real.jsonl']) {
    it(`on ${file}, with the engine's answers`, () => {
      const gold = parseLabelledSet(readFileSync(evalFile(file), 'utf8'), file);
      const { engine } = realEngine();
      // A few ids left out, so "missing outputs" is compared too.
      const outputs = gold.slice(3).map((g) => {
        const r = engine.check(g.text, { pageDate: g.page_date });
        return {
          id: g.id,
          mentions: r.mentions,
          verdict: r.verdict,
          evidence: r.evidence.map((e) => ({ url: e.url })),
        };
      });
      const f = score(gold, new Map(outputs.map((o) => [o.id, o])));
      const theirs = scoreMjs(evalFile(file), outputs);
      const r = (x: number) => x.toFixed(3);
      expect(theirs.last).toBe(
        `macro-F1 ${r(f.macroF1)} mention-recall ${r(f.mentionRecall)} mention-precision ${r(f.mentionPrecision)} wrong-direction ${f.wrongDirection} evidence@3 ${f.evidenceAt3}/${f.decidable}`,
      );
      expect(theirs.confusion).toEqual(f.confusion);
      expect(f.missing).toBe(3);
    });
  }
});

describe('precision and coverage', () => {
  const gold = parseLabelledSet(
    [
      { id: 'a', text: 'x', page_date: '2024-01-01', verdict: 'supported' },
      { id: 'b', text: 'x', page_date: '2024-01-01', verdict: 'supported' },
      { id: 'c', text: 'x', page_date: '2024-01-01', verdict: 'contradicted' },
      { id: 'd', text: 'x', page_date: '2024-01-01', verdict: 'not_in_corpus' },
    ]
      .map((row) => JSON.stringify(row))
      .join('\n'),
    'inline',
  );
  const out = (id: string, verdict: string): [string, Output] => [
    id,
    { id, mentions: true, verdict, evidence: [] },
  ];

  it('counts a verdict right only when it matches the gold label, and coverage over decidable sentences', () => {
    const f = score(
      gold,
      new Map([
        out('a', 'corroborated'),
        out('b', 'related'),
        out('c', 'corroborated'),
        out('d', 'corroborated'),
      ]),
    );
    expect(f.precisionCorroborated).toBeCloseTo(1 / 3);
    expect(f.precisionConflicting).toBeNull();
    expect(f.coverage).toBeCloseTo(2 / 3);
    expect(f.wrongDirection).toBe(1);
    expect(f.falseVerdict).toBe(1);
  });
});

describe('reading a set', () => {
  it('names the line of a malformed row and reads nothing', () => {
    expect(() =>
      parseLabelledSet(
        '{"id":"a","text":"x","page_date":"2024-01-01","verdict":"supported"}\n{oops',
        'set.jsonl',
      ),
    ).toThrow(/set\.jsonl:2: not valid JSON/);
    expect(() =>
      parseLabelledSet('{"id":"a","text":"x","page_date":"2024-01-01","verdict":"maybe"}', 'set.jsonl'),
    ).toThrow(/set\.jsonl:1: "verdict" must be one of/);
  });
});
