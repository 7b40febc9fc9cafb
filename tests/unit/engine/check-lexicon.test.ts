import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { checkLexiconFile } from '../../../src/engine/lexicon/check';

// The engine's lexicon (data/lexicon: concepts, cues, months, irregular forms) is checked at build:
// a deliberately broken copy of a real file fails with the entry and the reason.

const root = fileURLToPath(new URL('../../..', import.meta.url));
const text = (name: string) => readFileSync(join(root, 'data', 'lexicon', name), 'utf8');
const real = (name: string) => JSON.parse(text(name));
const reasons = (name: string, json: unknown) =>
  checkLexiconFile(name, typeof json === 'string' ? json : JSON.stringify(json)).map(
    (e) => `${e.file}: ${e.entry}: ${e.reason}`,
  );

test('the lexicon the engine bundles is valid', () => {
  for (const name of [
    'concepts.json',
    'cues.json',
    'months.json',
    'irregular.json',
    'words.json',
    'numbers.json',
  ])
    expect(reasons(name, text(name))).toEqual([]);
});

test('a concept with an unknown field is named', () => {
  const concepts = real('concepts.json');
  concepts[0].pattern = ['attend'];
  expect(reasons('concepts.json', concepts)).toEqual([
    'data/lexicon/concepts.json: attend: unknown field "pattern"',
  ]);
});

test('a field of the wrong type is named', () => {
  const concepts = real('concepts.json');
  concepts[0].pos = ['attend'];
  concepts[1].kind = 'verb';
  concepts[2].neg.en = 'stay';
  expect(reasons('concepts.json', concepts)).toEqual([
    'data/lexicon/concepts.json: attend: "pos" must be an object of forms by language (en, ru, hy)',
    `data/lexicon/concepts.json: ${concepts[1].id}: "kind" must be one of event, state, speech, directive, topic`,
    `data/lexicon/concepts.json: ${concepts[2].id}: "neg.en" must be a list of strings`,
  ]);
});

test('a concept listed twice is named', () => {
  const concepts = real('concepts.json');
  concepts.push({ ...concepts[0] });
  expect(reasons('concepts.json', concepts)).toEqual(['data/lexicon/concepts.json: attend: is listed twice']);
});

test('a form that cannot match is named', () => {
  const concepts = real('concepts.json');
  concepts[0].pos.en.push('… summit', '>summit', 'take =');
  expect(reasons('concepts.json', concepts)).toEqual([
    'data/lexicon/concepts.json: attend: "… summit" starts with a gap ("…"), so it never matches',
    'data/lexicon/concepts.json: attend: ">summit" consumes no word (every word starts with ">")',
    'data/lexicon/concepts.json: attend: "take =" has an empty word ("=", "*" or ">" alone)',
  ]);
});

test('a form that is also its own opposite, or under the wrong language, is named', () => {
  const concepts = real('concepts.json');
  concepts[0].neg.en.push('attend');
  concepts[0].pos.en.push('участв*');
  expect(reasons('concepts.json', concepts)).toEqual([
    `data/lexicon/concepts.json: attend: "участв*" is not written in en's script but is listed under "pos.en"`,
    'data/lexicon/concepts.json: attend: "attend" is both in "pos" and in its opposite "neg"',
  ]);
});

test('an unknown cue kind and a broken cue form are named', () => {
  const cues = real('cues.json');
  cues.negation = cues.neg;
  cues.neg.ru.push('*');
  expect(reasons('cues.json', cues)).toEqual([
    'data/lexicon/cues.json: neg: "*" has an empty word ("=", "*" or ">" alone)',
    'data/lexicon/cues.json: negation: unknown cue kind (one of neg, future, possible, deontic, deonticNeg, facto, jure, neutral, bound, asOf, purpose)',
  ]);
});

test('a month that does not compile, is out of order or missing is named', () => {
  const months = real('months.json');
  months[0].ru = 'январ[ьяе';
  months[1].month = 3;
  months[2].fr = 'mars';
  expect(reasons('months.json', months)).toEqual([
    expect.stringMatching(/^data\/lexicon\/months.json: month 1: "ru" does not compile: .+/),
    'data/lexicon/months.json: month 2: "month" must be 2: the list is in calendar order',
    'data/lexicon/months.json: month 3: unknown field "fr"',
  ]);
  expect(reasons('months.json', months.slice(1))).toEqual([
    'data/lexicon/months.json: (file): must be a list of the twelve months',
  ]);
});

test('an irregular form that is not one lowercase word is named', () => {
  const irregular = real('irregular.json');
  irregular.en.Went = 'go';
  irregular.en.left = 7;
  irregular.ru = {};
  expect(reasons('irregular.json', irregular)).toEqual([
    'data/lexicon/irregular.json: left: its lemma must be one lowercase word',
    'data/lexicon/irregular.json: Went: a form must be one lowercase word',
    'data/lexicon/irregular.json: ru: unknown language: only English has irregular forms',
  ]);
});

test('a closed word class with a pattern, a capital, a repeat or an unknown class is named', () => {
  const words = real('words.json');
  words.pronouns.en.push('he*', 'They', 'he');
  words.conjunctions = { en: ['and'] };
  expect(reasons('words.json', words)).toEqual([
    'data/lexicon/words.json: pronouns: "he" is listed twice in "words.en"',
    'data/lexicon/words.json: pronouns: "he*" must be one lowercase word, as tokens are compared',
    'data/lexicon/words.json: pronouns: "They" must be one lowercase word, as tokens are compared',
    'data/lexicon/words.json: conjunctions: unknown word class (one of auxiliaries, prepositions, pronouns, roleNouns, stopWords, purposeAfterMotion, purposeEndings, pastForms, perfectOrPassive)',
  ]);
});

test('a file that is not JSON is named', () => {
  expect(reasons('cues.json', '{"neg": ')).toEqual([
    expect.stringMatching(/^data\/lexicon\/cues.json: \(file\): is not valid JSON: /),
  ]);
});

// A child process that loads tsx and the whole record: seconds on a busy machine.
test('npm run record fails on a broken lexicon and writes nothing', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'receipts-lexicon-'));
  try {
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const concepts = real('concepts.json');
    concepts[0].pattern = [];
    writeFileSync(join(dir, 'data', 'lexicon', 'concepts.json'), JSON.stringify(concepts));
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'src', 'cli', 'build-record.ts')], {
        env: {
          ...process.env,
          RECEIPTS_DATA_DIR: join(dir, 'data'),
          RECEIPTS_GENERATED_DIR: join(dir, 'out'),
        },
        stdio: 'pipe',
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain('data/lexicon/concepts.json: attend: unknown field "pattern"');
    expect(stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a number word that is no token, has no count, sits under the wrong script or twice is named', () => {
  const numbers = real('numbers.json');
  numbers.counts.en['Two words'] = 2;
  numbers.counts.ru.sieben = 7;
  numbers.counts.hy.երկու = 0;
  numbers.magnitudes.en.six = 6;
  expect(reasons('numbers.json', numbers)).toEqual([
    'data/lexicon/numbers.json: Two words: must be one lowercase word, as tokens are compared',
    'data/lexicon/numbers.json: sieben: is not written in the script of "ru"',
    'data/lexicon/numbers.json: երկու: its value must be a positive whole number',
    'data/lexicon/numbers.json: six: is listed twice (counts.en and magnitudes.en)',
  ]);
});
