import { expect, test } from 'vitest';
import { realEngine } from './real-engine';

// What is asked for, and who is asked: a request reaches the act it governs, not that act's
// object; the one asked to explain has said nothing yet; a bloc named after a possessor is what
// is held, not who holds it; the Armenian "-լու" form is a future only beside its auxiliary.

const analysis = (text: string) => realEngine().analyzer.analyze(text);
const pred = (text: string, concept: string) => analysis(text).preds.find((p) => p.concept === concept);
const verdict = (text: string, pageDate = '2024-03-01') =>
  realEngine().engine.check(text, { pageDate }).verdict;

test('a request reaches the first act after it, not what that act is about', { timeout: 30_000 }, () => {
  for (const text of [
    'Moscow asked Armenia to explain the freeze of its CSTO membership',
    'The Kremlin called on Yerevan to clarify its CSTO freeze',
    'Russia urged Yerevan to comment on the freeze',
  ]) {
    expect(pred(text, 'freeze')?.modality, text).toBe('realized');
  }
  expect(pred('Putin said that Armenia will stay in the CSTO', 'leave')?.modality).toBe('future');
  expect(pred('Putin expects that Armenia will stay in the CSTO', 'leave')?.modality).toBe('future');
});

test('the one asked to explain is not the speaker', () => {
  expect(analysis('Moscow asked Yerevan to explain the freeze').speaker?.id ?? null).toBeNull();
  expect(analysis('The Kremlin demanded that Armenia explain the freeze').speaker?.id ?? null).toBeNull();
  expect(analysis('Москва попросила Ереван объяснить заморозку').speaker?.id ?? null).toBeNull();
  // A statement still has its speaker.
  expect(analysis('Yerevan explained the freeze to Moscow').speaker?.id).toBe('yerevan');
  expect(analysis('Ереван объяснил Москве решение').speaker?.id).toBe('yerevan');
});

test('a bloc named after a possessor is what is held, not who holds it', () => {
  for (const text of [
    "Moscow questioned Armenia's CSTO freeze",
    'The Kremlin asked Yerevan about its CSTO freeze',
    "Pashinyan defended Armenia's CSTO membership freeze",
  ]) {
    expect(pred(text, 'freeze')?.agent?.id ?? null, text).not.toBe('csto');
  }
  // Plain words for the bloc still act: "Armenia's allies" are the allies.
  expect(pred("Armenia's allies kept their obligations", 'fulfil')?.agent?.id).toBe('csto');
  expect(pred('The CSTO froze the talks', 'freeze')?.agent?.id).toBe('csto');
});

test('a phrasing that leaves out the doer backs a sentence naming the one the record has', () => {
  expect(
    verdict(
      "Russia reacted to Pashinyan's freeze announcement by asking Armenia for an official explanation of the freeze",
    ),
  ).toBe('corroborated');
  // Someone the record does not have doing it is not backed.
  expect(
    verdict(
      "Russia reacted to Galuzin's freeze announcement by asking Armenia for an official explanation of the freeze",
    ),
  ).not.toBe('corroborated');
  // Armenia keeping its obligations is not the allies failing theirs, either way.
  expect(verdict('Pashinyan said Armenia has fulfilled all its allied obligations.')).not.toBe('conflicting');
});

test('the Armenian "-լու" form is a future only beside its auxiliary', () => {
  // Verbal noun: "about freezing", "on leaving".
  expect(pred('Կրեմլը հարցրել է անդամակցությունը սառեցնելու մասին', 'freeze')?.modality).toBe('realized');
  expect(pred('Խոսք չկա ՀԱՊԿ-ից դուրս գալու մասին', 'leave')?.modality).not.toBe('future');
  // Participle with its auxiliary, before or after it.
  expect(pred('Հայաստանը դուրս է գալու ՀԱՊԿ-ից', 'leave')?.modality).toBe('future');
  expect(pred('Հայաստանը ՀԱՊԿ-ից դուրս գալու է', 'leave')?.modality).toBe('future');
  expect(pred('Փաշինյանը չի մասնակցելու գագաթնաժողովին', 'attend')?.modality).toBe('future');
});

test('explanation words in Russian and Armenian are a telling, so a request reaches them first', () => {
  expect(pred('Кремль потребовал от Еревана разъяснений по заморозке участия', 'say')).toBeDefined();
  expect(pred('Москва ждёт объяснений от Еревана', 'say')).toBeDefined();
  expect(pred('Կրեմլը պարզաբանումներ է պահանջել Երևանից', 'say')).toBeDefined();
  expect(pred('Ռուսաստանը բացատրություն է ակնկալում', 'say')).toBeDefined();
});
