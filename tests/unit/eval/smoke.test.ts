import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../../src/engine/types';
import { evaluate, guarded, memoised } from '../../../src/eval/evaluate';
import { generateSets } from '../../../src/eval/generate';
import { parseLabelledSet } from '../../../src/eval/labelled';
import { markdown, summary } from '../../../src/eval/report';
import { splitByIdParity } from '../../../src/eval/sets';
import { realEngine } from '../engine/real-engine';
import { perturbations } from './data';

// The whole evaluation on a tiny set: sentences written here, not taken from the eval sets.
const tiny = parseLabelledSet(
  [
    {
      id: 't1',
      text: 'Pashinyan will skip the CSTO summit in Minsk.',
      page_date: '2023-11-15',
      verdict: 'supported',
    },
    {
      id: 't2',
      text: 'Pashinyan attended the CSTO summit in Minsk.',
      page_date: '2023-11-24',
      verdict: 'contradicted',
    },
    {
      id: 't3',
      lang: 'ru',
      text: 'Пашинян посетил Париж.',
      page_date: '2024-03-01',
      verdict: 'not_in_corpus',
    },
    { id: 't4', text: 'The weather in Yerevan was mild.', page_date: '2024-03-01', verdict: 'none' },
  ]
    .map((row) => JSON.stringify(row))
    .join('\n'),
  'tiny',
);

const { engine, record } = realEngine();
const meta = { date: '2026-01-01', seed: 13, record: 'the real record', seconds: 0, engineErrors: [] };

describe('npm run eval on a tiny set', () => {
  const check = memoised((text, pageDate) => engine.check(text, { pageDate }));
  const generated = generateSets(record, check, perturbations, { seed: 13, limit: 12 });
  const report = evaluate(check, splitByIdParity('tiny', tiny), generated);

  it('scores each half, the invariance and the contrast set, by language', () => {
    expect(report.sets.map((s) => s.name)).toEqual(['tiny-odd', 'tiny-even', 'invariance', 'contrast']);
    const odd = report.sets[0];
    expect(odd?.groups.map((g) => g.label)).toEqual(['all', 'lang en', 'lang ru']);
    expect(odd?.groups[0]?.figures.sentences).toBe(2);
    expect(report.invariance.items).toBe(generated.invariance.length);
    expect(report.contrast.items).toBe(generated.contrast.length);
    expect(report.engineReportsDecision).toBe(true);
  });

  it('writes a report with every section, and a summary', () => {
    const page = markdown(report, meta);
    for (const heading of [
      '## Every set',
      '## By language and kind',
      '## Precision against coverage',
      '## Invariance',
      '## Contrast',
    ]) {
      expect(page).toContain(heading);
    }
    expect(page).toContain('A decision counts when its score is at or above the threshold');
    expect(page).not.toContain('only its operating point');
    expect(summary(report)).toMatch(/^tiny-odd\s+2\s/m);
  });

  it('scores a sentence the engine throws on as a miss, and says so', () => {
    const failed: string[] = [];
    const fragile = guarded(
      (text, pageDate) => {
        if (text.includes('Minsk')) throw new Error('boom');
        return check(text, pageDate);
      },
      (text, _date, error) => failed.push(`${text}: ${(error as Error).message}`),
    );
    const result = evaluate(fragile, [{ name: 'tiny', rows: tiny }], { invariance: [], contrast: [] });
    expect(failed).toEqual([
      'Pashinyan will skip the CSTO summit in Minsk.: boom',
      'Pashinyan attended the CSTO summit in Minsk.: boom',
    ]);
    expect(result.sets[0]?.groups[0]?.figures.confusion.corroborated.other).toBe(1);
    expect(markdown(result, { ...meta, engineErrors: failed })).toContain(
      '**The engine failed on 2 sentences**',
    );
  });

  it('draws a curve when the engine reports a decision score', () => {
    // An engine that reports its decision: the verdict it gave, scored by its evidence count.
    const withDecision = (text: string, pageDate: string): CheckResult => {
      const r = check(text, pageDate);
      const decisive = r.verdict === 'corroborated' || r.verdict === 'conflicting';
      return decisive
        ? ({ ...r, decision: { verdict: r.verdict, score: r.evidence.length } } as CheckResult)
        : r;
    };
    const curved = evaluate(withDecision, splitByIdParity('tiny', tiny), generated, {
      tuning: ['tiny-odd', 'tiny-even'],
    });
    expect(curved.engineReportsDecision).toBe(true);
    expect(curved.tuning.curve?.at(-1)?.coverage).toBeGreaterThan(0);
    expect(markdown(curved, meta)).toContain('**tuning (tiny-odd + tiny-even)**');
    expect(markdown(curved, meta)).toMatch(
      /\| threshold \| precision \| P\(Corroborated\) \| P\(Conflicting\) \| coverage \|/,
    );
  });
});
