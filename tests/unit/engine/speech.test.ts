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
