import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// What someone went somewhere or acted to do is an aim, not a fact made; going to attend is
// attending.

const modalityOf = (text: string, concept: string) =>
  realEngine()
    .analyzer.analyze(text)
    .preds.find((p) => p.concept === concept)?.modality;

test('a purpose is only possible, the going stays a fact', () => {
  for (const [text, concept] of [
    ["Pashinyan went to Brussels to freeze Armenia's CSTO membership.", 'freeze'],
    ["Pashinyan travelled to Paris in order to freeze Armenia's CSTO membership.", 'freeze'],
    ['Пашинян выступил, чтобы заморозить членство Армении в ОДКБ.', 'freeze'],
  ] as const) {
    expect(modalityOf(text, concept), text).toBe('possible');
  }
  expect(modalityOf("Pashinyan went to Brussels to freeze Armenia's CSTO membership.", 'visit')).toBe(
    'realized',
  );
  // Without a purpose, the act is what it was.
  expect(modalityOf('Armenia froze its CSTO membership.', 'freeze')).toBe('realized');
  expect(modalityOf('Pashinyan decided to skip the summit.', 'attend')).not.toBe('possible');
});

test('going somewhere to attend is attending, and the record decides it', () => {
  const { engine } = realEngine();
  for (const s of [
    'Pashinyan went to Minsk to attend the CSTO summit.',
    'Pashinyan flew to Minsk on November 23 to take part in the CSTO summit.',
  ]) {
    expect(engine.check(s, { pageDate: '2023-11-24' }).verdict, s).toBe('conflicting');
  }
  const aim = "Pashinyan went to Brussels to freeze Armenia's CSTO membership.";
  expect(engine.check(aim, { pageDate: '2024-03-01' }).verdict).not.toBe('corroborated');
});

const attendOf = (text: string) =>
  realEngine()
    .analyzer.analyze(text)
    .preds.find((p) => p.concept === 'attend');

test('not going somewhere to attend is not attending, in each language', () => {
  for (const text of [
    'Pashinyan will not travel to Minsk to attend the CSTO summit.',
    'Pashinyan will not fly to Minsk to personally attend the CSTO summit.',
    'Пашинян не поедет в Минск участвовать в саммите ОДКБ.',
    'Пашинян не полетит в Минск принять участие в саммите ОДКБ.',
    'Փաշինյանը չի մեկնի Մինսկ՝ ՀԱՊԿ գագաթնաժողովին մասնակցելու։',
    'Փաշինյանը չի ժամանի Մինսկ ՀԱՊԿ նիստին մասնակցելու համար։',
  ]) {
    expect(attendOf(text)?.polarity, text).toBe(-1);
    expect(attendOf(text)?.modality, text).toBe('future');
  }
});

test('attending that is no aim of the going keeps its own sign', () => {
  for (const text of [
    'Pashinyan did not go to Minsk but attended the CSTO summit online.',
    'Pashinyan will not travel to Minsk, and will attend the CSTO summit by video.',
    'Пашинян не поедет в Минск, но примет участие в саммите ОДКБ онлайн.',
  ]) {
    expect(attendOf(text)?.polarity, text).toBe(1);
  }
});
