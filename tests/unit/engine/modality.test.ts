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

// Possibility said after the act, as a predicate ("is possible", "remains an option", "возможно",
// "հնարավոր է"), qualifies it as a modal before it does; "as soon as possible" does not.
test('a possibility written after the act it qualifies', () => {
  expect(of("Armenia's return to the CSTO is still possible.", 'return')?.modality).toBe('possible');
  expect(of('A return to full membership remains an option.', 'return')?.modality).toBe('possible');
  expect(of('A return to full membership remains an option.', 'freeze')).toMatchObject({
    modality: 'possible',
    polarity: -1,
  });
  expect(of('Возвращение Армении в ОДКБ возможно.', 'return')?.modality).toBe('possible');
  expect(of('Հայաստանի վերադարձը ՀԱՊԿ հնարավոր է։', 'return')?.modality).toBe('possible');
  expect(of('Armenia froze its membership as soon as possible.', 'freeze')?.modality).toBe('realized');
  expect(of('Armenia left the CSTO so a return is possible.', 'leave')?.modality).toBe('realized');
});

// Going back is one act in each language, and the point of (no) return stays what it was.
test('return, going back and full membership', () => {
  for (const text of [
    'Armenia could return to the CSTO.',
    'Armenia could go back to the CSTO.',
    'Армения может вернуться в ОДКБ.',
    'Հայաստանը կարող է վերադառնալ ՀԱՊԿ։',
  ]) {
    expect(of(text, 'return')?.modality, text).toBe('possible');
  }
  for (const text of [
    'Armenia would not turn back.',
    'Армения не вернется в ОДКБ.',
    'Հայաստանը չի վերադառնա ՀԱՊԿ։',
  ]) {
    expect(of(text, 'return'), text).toMatchObject({ modality: 'future', polarity: -1 });
  }
  expect(of('Armenia restored its full CSTO membership.', 'freeze')?.polarity).toBe(-1);
  expect(of('Армения вернулась к полноценному участию в ОДКБ.', 'freeze')?.polarity).toBe(-1);
  expect(of('ՀԱՊԿ-ի հետ հարաբերություններում անցվել է վերադարձի կետը։', 'irreversible')).toBeDefined();
});

// Taking part in an organisation's activities is membership not frozen, and "continues to" says
// it still holds, adding nothing to check.
test('continuing to take part in the activities of the organisation', () => {
  const terms = (text: string) => realEngine().analyzer.analyze(text).terms;
  for (const text of [
    'Armenia continues to take part in CSTO activities.',
    'Армения продолжает участвовать в деятельности ОДКБ.',
    'Հայաստանը շարունակում է ՀԱՊԿ գործունեությանը մասնակցել։',
  ]) {
    expect(of(text, 'freeze'), text).toMatchObject({ polarity: -1, modality: 'realized' });
  }
  expect(terms('Armenia continues to take part in CSTO activities.')).toEqual(
    terms('Armenia takes part in CSTO activities.'),
  );
});
