import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// Sentences we wrote ourselves (paraphrases, other outlets' wording, Russian, Armenian, and
// topical sentences the record is silent on), scored as the shared eval scores: no verdict in the
// wrong direction, ever; at most one verdict in ten where the record is silent; macro-F1 >= 0.85.
interface Gold {
  id: string;
  text: string;
  page_date: string;
  verdict: 'supported' | 'contradicted' | 'not_in_corpus' | 'none';
}

const read = (name: string): Gold[] =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);

const gold = [
  ...read('./heldout.jsonl'),
  ...read('./heldout2.jsonl'),
  ...read('./heldout3.jsonl'),
  // Labelled before the engine saw them, kept as regression sets since. First runs: heldout4
  // macro-F1 0.846 with one wrong-direction verdict, none4 15/15 without a mention; heldout5
  // 0.801 (after the heldout4 fixes); heldout6 0.727 with one wrong direction (after heldout5's).
  ...read('./heldout4.jsonl'),
  ...read('./none4.jsonl'),
  ...read('./heldout5.jsonl'),
  ...read('./heldout6.jsonl'),
  ...read('./not-in-corpus.jsonl'),
];
const want = {
  supported: 'corroborated',
  contradicted: 'conflicting',
  not_in_corpus: 'other',
  none: 'none',
} as const;

// A few hundred checks: generous time on a loaded machine.
test('held-out sentences', { timeout: 60_000 }, () => {
  const { engine } = realEngine();
  const classes = ['corroborated', 'conflicting', 'other'] as const;
  const counts = Object.fromEntries(classes.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const wrongDirection: string[] = [];
  let silent = 0;
  let falseVerdicts = 0;
  for (const g of gold) {
    const r = engine.check(g.text, { pageDate: g.page_date });
    if (g.verdict === 'none') {
      expect(r.mentions, g.id).toBe(false);
      continue;
    }
    const expected = want[g.verdict];
    const got =
      r.mentions && (r.verdict === 'corroborated' || r.verdict === 'conflicting') ? r.verdict : 'other';
    if (expected === got) (counts[got] as { tp: number }).tp++;
    else {
      (counts[got] as { fp: number }).fp++;
      (counts[expected] as { fn: number }).fn++;
    }
    if (
      (expected === 'corroborated' && got === 'conflicting') ||
      (expected === 'conflicting' && got === 'corroborated')
    ) {
      wrongDirection.push(g.id);
    }
    if (g.verdict === 'not_in_corpus') {
      silent++;
      if (got !== 'other') falseVerdicts++;
    }
  }
  const f1 = classes.map((c) => {
    const { tp, fp, fn } = counts[c] as { tp: number; fp: number; fn: number };
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  expect(wrongDirection).toEqual([]);
  expect(falseVerdicts / silent).toBeLessThanOrEqual(0.1);
  expect(f1.reduce((a, b) => a + b, 0) / 3).toBeGreaterThanOrEqual(0.85);
});
