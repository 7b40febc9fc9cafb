import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

const preds = (text: string) => realEngine().analyzer.analyze(text).preds;
const of = (text: string, concept: string) => preds(text).find((p) => p.concept === concept);

test('will, could, should and the reported "would"', () => {
  expect(of('Armenia will leave the CSTO.', 'leave')?.modality).toBe('future');
  expect(of('Armenia could leave the CSTO.', 'leave')?.modality).toBe('possible');
  expect(of('He said he would not attend.', 'attend')?.modality).toBe('future');
  expect(of('The CSTO should have intervened.', 'intervene')?.modality).toBe('deontic');
  expect(of('It would have been improper for the CSTO to intervene.', 'intervene')).toMatchObject({
    modality: 'deontic',
    polarity: -1,
  });
  // A condition makes the whole sentence possible, not promised.
  expect(of('If this continues we will also freeze it de jure.', 'freeze')?.modality).toBe('possible');
});

test('de facto and de jure attach to the state they qualify', () => {
  expect(of('We have frozen it de facto.', 'freeze')?.qualifier).toBe('facto');
  expect(of('Armenia formally froze its membership.', 'freeze')?.qualifier).toBe('jure');
  expect(of('the effective freeze on Armenia’s membership', 'freeze')?.qualifier).toBe('facto');
});

test('done, not just named: "has left" is past, "the break with" is not', () => {
  expect(of('Armenia has left the CSTO.', 'leave')?.past).toBe(true);
  expect(of('the break with the CSTO', 'leave')?.past).toBe(false);
  expect(of('Армения вышла из ОДКБ.', 'leave')?.past).toBe(true);
});

test('Russian perfective verbs and the Armenian participle are future', () => {
  expect(of('Армения выйдет из ОДКБ.', 'leave')?.modality).toBe('future');
  expect(of('Հայաստանը դուրս է գալու ՀԱՊԿ-ից։', 'leave')?.modality).toBe('future');
});
