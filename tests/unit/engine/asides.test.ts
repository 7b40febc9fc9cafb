import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

const preds = (text: string) =>
  realEngine()
    .analyzer.analyze(text)
    .preds.filter((p) => p.kind !== 'topic')
    .map((p) => `${p.concept}/${p.modality}/${p.polarity}`);

// A plain aside between commas does not end the clause: the auxiliary or negation before it still
// reaches the verb after it.
test('an aside between commas leaves the auxiliary and the negation their verb', () => {
  expect(preds('Armenia would, in the end, stay in the CSTO.')).toEqual(['leave/future/-1']);
  expect(preds('Armenia will, however, leave the CSTO.')).toEqual(['leave/future/1']);
  expect(preds('Pashinyan would not, in the end, attend the summit.')).toEqual(['attend/future/-1']);
  expect(preds('Пашинян, по всей видимости, не поедет в Минск.')).toEqual(['visit/future/-1']);
});

test('an aside that names someone or asserts something keeps its breaks', () => {
  // "Lukashenko said" is a clause of its own: its past does not make the leaving future or past.
  expect(preds('Armenia will, Lukashenko said, leave the CSTO.')).toContain('say/realized/1');
  // Without the aside rule "would" would still not reach past a full clause.
  expect(preds('Armenia would not attend, and it left the CSTO.')).toEqual([
    'attend/future/-1',
    'leave/realized/1',
  ]);
});
