import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

const attending = (text: string) =>
  realEngine()
    .analyzer.analyze(text)
    .preds.filter((p) => p.concept === 'attend')
    .map((p) => `${p.agent?.id}/${p.polarity}`);

// A gathering held without someone is one they did not attend, in each language.
test('a summit "without" someone is one they did not attend', () => {
  for (const text of [
    'The CSTO summit opened in Minsk without Pashinyan.',
    "Minsk hosts the CSTO leaders without Armenia's prime minister.",
    'Саммит ОДКБ в Минске прошел без Пашиняна.',
    'ՀԱՊԿ գագաթնաժողովը Մինսկում անցավ առանց Փաշինյանի։',
  ]) {
    expect(attending(text), text).toEqual(['pashinyan/-1']);
  }
});

test('"without" reads no absence where it names no attendee, or the sentence says who attended', () => {
  expect(attending("The summit was held without Minsk's approval.")).toEqual([]);
  expect(attending('Pashinyan attended the summit without his foreign minister.')).toEqual(['pashinyan/1']);
  expect(attending('The summit ended. Without Pashinyan, Armenia has no voice.')).toEqual([]);
});

test('the absence decides as the record does', () => {
  const verdict = (text: string) => realEngine().engine.check(text, { pageDate: '2023-11-23' }).verdict;
  expect(verdict('The CSTO summit opened in Minsk without Pashinyan.')).toBe('corroborated');
  expect(verdict('Саммит ОДКБ в Минске прошел без Пашиняна.')).toBe('corroborated');
});
