import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoised } from '../../../src/eval/evaluate';
import { generateSets, pageDateFor, recordBases } from '../../../src/eval/generate';
import { parseLabelledSet } from '../../../src/eval/labelled';
import { namesAny } from '../../../src/eval/names';
import type { Claim } from '../../../src/record/types';
import { realEngine } from '../engine/real-engine';
import { evalFile, perturbations } from './data';

const { engine, record } = realEngine();
const check = memoised((text, pageDate) => engine.check(text, { pageDate }));
const generate = (seed: number) => generateSets(record, check, perturbations, { seed, limit: 60 });

describe('the generated sets', () => {
  it('are the same for the same record and seed, and differ for another seed', () => {
    const a = generate(13);
    expect(generate(13)).toEqual(a);
    expect(generate(14).invariance.map((s) => s.text)).not.toEqual(a.invariance.map((s) => s.text));
    expect(a.invariance.length).toBeGreaterThan(50);
    expect(a.contrast.length).toBeGreaterThan(10);
  });

  it('start from the record’s own sentences, never from the eval sets', () => {
    const own = new Set(
      record.claims
        .flatMap((c) => [c.text, ...c.supportingPhrasings, ...c.contradictingPhrasings])
        .concat(record.statements.map((s) => s.gist)),
    );
    const evalTexts = new Set(
      ['claims.dev.jsonl', 'claims.real.jsonl'].flatMap((f) =>
        parseLabelledSet(readFileSync(evalFile(f), 'utf8'), f).map((row) => row.text),
      ),
    );
    for (const base of recordBases(record)) {
      expect(own.has(base.text)).toBe(true);
      expect(evalTexts.has(base.text)).toBe(false);
    }
  });

  it('keep the gold label under a neutral addition, and take the expected one under a contrast', () => {
    const { invariance, contrast } = generate(13);
    for (const s of invariance) {
      expect(s.baseVerdict).toBe(s.verdict === 'supported' ? 'corroborated' : 'conflicting');
      expect(s.text).not.toBe(s.base);
    }
    for (const s of contrast) {
      expect(s.baseVerdict).toBe('corroborated');
      expect(s.verdict).toBe(
        perturbations.contrast.expected[s.kind as keyof typeof perturbations.contrast.expected],
      );
      expect(namesAny(s.text, record.entities, perturbations.triggerEntities)).toBe(true);
    }
  });

  it('date a page no earlier than the end of the month a month-dated source stands for', () => {
    const statement = record.statements.find((s) => s.source === 'socialtalks-2023-11');
    const source = record.sources.find((s) => s.id === 'socialtalks-2023-11');
    expect(source?.published).toEqual({ date: '2023-11-01', precision: 'month' });
    const claim = {
      ...(record.claims[0] as Claim),
      evidence: [{ statement: String(statement?.id), stance: 'supports' as const }],
      holds: {},
    };
    expect(pageDateFor(claim, record)).toBe('2023-11-30');
    expect(pageDateFor({ ...claim, holds: { until: '2023-11-20' } }, record)).toBe('2023-11-19');
  });

  it('check each claim on a page date when it held', () => {
    const ended = record.claims.filter((c) => c.holds.until);
    expect(ended.length).toBeGreaterThan(0);
    for (const claim of ended)
      expect(String(pageDateFor(claim, record)) < String(claim.holds.until)).toBe(true);
  });
});

describe('each generated sentence changes what its kind says, and only that', () => {
  const { invariance, contrast } = generate(13);
  const words = (s: string) => s.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const negations = (s: string) =>
    words(s).filter((w) => /^(not|never|no)$/i.test(w) || /n['’]t$/i.test(w)).length;

  it('a neutral addition keeps the whole sentence', () => {
    for (const s of invariance.filter((v) => v.kind !== 'spelling'))
      expect(s.text).toContain(s.base.slice(1, -1));
  });

  it('British spelling changes words, never their number', () => {
    for (const s of invariance.filter((v) => v.kind === 'spelling')) {
      expect(words(s.text)).toHaveLength(words(s.base).length);
      expect(s.text).not.toBe(s.base);
    }
  });

  it('a negation adds or removes exactly one negation', () => {
    const negated = contrast.filter((v) => v.kind === 'negation');
    expect(negated.length).toBeGreaterThan(0);
    for (const s of negated) expect(Math.abs(negations(s.text) - negations(s.base)), s.text).toBe(1);
  });

  it('a date, place or speaker swap changes one word or name and keeps the rest', () => {
    for (const s of contrast.filter((v) => ['date', 'place', 'speaker'].includes(v.kind))) {
      const [before, after] = s.change.split(' → ');
      expect(s.text.replace(after ?? '', before ?? ''), s.text).toBe(s.base);
    }
  });
});
