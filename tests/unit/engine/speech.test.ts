import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

const speaker = (text: string) => realEngine().analyzer.analyze(text).speaker?.id ?? null;

// Reporting verbs outlets use for "said", in all three languages: each names who is speaking.
test('reporting verbs name the speaker', { timeout: 30_000 }, () => {
  for (const text of [
    'Putin argued that the CSTO was right to stay out of Karabakh.',
    'Putin predicted that Armenia would stay in the CSTO.',
    'Lavrov pointed out that the CSTO had received no notification.',
    'Путин указал, что Армения остается в ОДКБ.',
    'Лавров настаивает, что ОДКБ не получала уведомлений.',
    'Պուտինն ընդգծել է, որ Հայաստանը կմնա ՀԱՊԿ-ում։',
  ]) {
    expect(speaker(text), text).toMatch(/^(putin|lavrov)$/);
  }
});

test('"wrong for X to" is a judgement that it should not happen', () => {
  const preds = realEngine()
    .analyzer.analyze('It would have been wrong for the CSTO to wade into the Karabakh conflict.')
    .preds.map((p) => `${p.concept}/${p.modality}/${p.polarity}`);
  expect(preds).toContain('intervene/deontic/-1');
});

// Russian and Armenian put where and with whom between the speaker and the verb.
test('the name opening a Russian or Armenian clause speaks across adjuncts', () => {
  for (const [text, who] of [
    ['Пашинян в телефонном разговоре с Лукашенко сообщил, что не приедет на саммит ОДКБ.', 'pashinyan'],
    ['Лукашенко в разговоре с Пашиняном заявил, что тот должен подумать.', 'lukashenko'],
    [
      'Փաշինյանը Լուկաշենկոյի հետ հեռախոսազրույցում հայտարարել է, որ չի մասնակցի ՀԱՊԿ գագաթնաժողովին։',
      'pashinyan',
    ],
    ['Փաշինյանը խորհրդարանում հայտարարել է, որ Հայաստանը դուրս է գալու ՀԱՊԿ-ից։', 'pashinyan'],
  ] as const) {
    expect(speaker(text), text).toBe(who);
  }
  // A name in another case, or one followed by a verb of its own, is not the speaker.
  expect(speaker('Пашиняна на саммите не было, заявил Песков.')).toBe('peskov');
  expect(speaker('Փաշինյանին Լուկաշենկոն հեռախոսով հայտարարել է, որ կսպասի։')).not.toBe('pashinyan');
  expect(speaker('Пашинян пропустил саммит, а в Москве заявили о сожалении.')).not.toBe('pashinyan');
});

test('told by phone in Russian and Armenian is decided as in English', () => {
  const { engine } = realEngine();
  for (const text of [
    'Pashinyan told Lukashenko in a phone call that he would not attend the CSTO summit.',
    'Пашинян в телефонном разговоре с Лукашенко сообщил, что не приедет на саммит ОДКБ.',
    'Փաշինյանը Լուկաշենկոյի հետ հեռախոսազրույցում հայտարարել է, որ չի մասնակցի ՀԱՊԿ գագաթնաժողովին։',
  ]) {
    expect(engine.check(text, { pageDate: '2023-11-15' }).verdict, text).toBe('corroborated');
  }
});

// A claim the record disputes ("Armenia will ultimately leave") does not outweigh the record of
// the speaker saying just what the sentence reports; another speaker gets no such report.
test('a report of what the record has a speaker say is corroborated, even on a disputed subject', () => {
  const { engine } = realEngine();
  const verdict = (text: string) => engine.check(text, { pageDate: '2024-11-29' }).verdict;
  expect(verdict('Putin said that in the end Armenia would remain in the Russia-led bloc.')).toBe(
    'corroborated',
  );
  expect(verdict('Lavrov said that in the end Armenia would remain in the Russia-led bloc.')).not.toBe(
    'corroborated',
  );
  expect(verdict('In the end Armenia will remain in the Russia-led bloc.')).toBe('disputed');
});
