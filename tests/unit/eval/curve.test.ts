import { describe, expect, it } from 'vitest';
import { type Decision, decisionOf, operatingPoint, precisionCoverageCurve } from '../../../src/eval/curve';
import { parseLabelledSet } from '../../../src/eval/labelled';

describe('reading the engine’s decision', () => {
  it('takes a well-formed decision and ignores anything else', () => {
    expect(decisionOf({ verdict: 'related', decision: { verdict: 'conflicting', score: 0.4 } })).toEqual({
      verdict: 'conflicting',
      score: 0.4,
    });
    expect(decisionOf({ verdict: 'related' })).toBeNull();
    expect(decisionOf({ decision: { verdict: 'related', score: 1 } })).toBeNull();
    expect(decisionOf({ decision: { verdict: 'corroborated', score: Number.NaN } })).toBeNull();
    expect(decisionOf({ decision: 'corroborated' })).toBeNull();
    expect(decisionOf(null)).toBeNull();
  });
});

describe('precision against coverage', () => {
  const gold = parseLabelledSet(
    [
      ['a', 'supported'],
      ['b', 'supported'],
      ['c', 'contradicted'],
      ['d', 'not_in_corpus'],
      ['e', 'none'],
    ]
      .map(([id, verdict]) => JSON.stringify({ id, text: 'x', page_date: '2024-01-01', verdict }))
      .join('\n'),
    'inline',
  );
  const decisions = new Map<string, Decision | null>([
    ['a', { verdict: 'corroborated', score: 0.9 }],
    ['b', { verdict: 'conflicting', score: 0.5 }],
    ['c', { verdict: 'conflicting', score: 0.7 }],
    ['d', { verdict: 'corroborated', score: 0.3 }],
    ['e', { verdict: 'corroborated', score: 0.95 }],
  ]);

  it('has a point per score, highest threshold first, over the sentences that mention the subject', () => {
    const curve = precisionCoverageCurve(gold, decisions);
    expect(curve?.map((p) => p.threshold)).toEqual([0.9, 0.7, 0.5, 0.3]);
    expect(curve?.map((p) => p.decisions)).toEqual([1, 2, 3, 4]);
    expect(curve?.map((p) => p.precision)).toEqual([1, 1, 2 / 3, 2 / 4]);
    expect(curve?.map((p) => p.coverage)).toEqual([1 / 3, 2 / 3, 1, 1]);
    expect(curve?.map((p) => p.wrong)).toEqual([0, 0, 1, 2]);
    expect(curve?.map((p) => p.precisionCorroborated)).toEqual([1, 1, 1, 1 / 2]);
    expect(curve?.map((p) => p.precisionConflicting)).toEqual([null, 1, 1 / 2, 1 / 2]);
  });

  it('picks the threshold with the most coverage where both verdicts stay precise enough', () => {
    const curve = precisionCoverageCurve(gold, decisions) ?? [];
    expect(operatingPoint(curve, 0.95)?.threshold).toBe(0.7);
    // At equal coverage the higher threshold is kept: it makes fewer wrong decisions.
    expect(operatingPoint(curve, 0.5)?.threshold).toBe(0.5);
    expect(operatingPoint(curve.slice(2), 0.95)).toBeNull();
  });

  it('is absent when no result carries a decision', () => {
    expect(precisionCoverageCurve(gold, new Map())).toBeNull();
  });
});
