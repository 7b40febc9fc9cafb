import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObject } from '../../record/guards';
import type { ValidationError } from '../../record/validate';
import { patternProblem } from './matcher';

// The engine's knowledge of words (data/lexicon: concepts, cues, months, irregular forms, closed
// word classes, number words) is
// bundled as JSON without a check at run time, so each file is checked here at build: a mistake
// is named with its entry instead of silently matching nothing, or the wrong thing.

const LANGUAGES = ['en', 'ru', 'hy'] as const;
const CONCEPT_KINDS = new Set(['event', 'state', 'speech', 'directive', 'topic']);
const CONCEPT_FIELDS = new Set(['id', 'kind', 'label', 'pos', 'neg']);
const CUE_KINDS = new Set([
  'neg',
  'future',
  'possible',
  'deontic',
  'deonticNeg',
  'facto',
  'jure',
  'neutral',
  'bound',
  'asOf',
  'purpose',
]);
const MONTH_FIELDS = new Set(['month', 'en', 'ru', 'hy']);

type Fail = (entry: string, reason: string) => void;

// A form's words are all in its language's script: the matcher's ties between forms are only
// decided by order within one script, so a form filed under the wrong language would change them.
function scriptLanguage(word: string): string | null {
  const letter = word.match(/\p{L}/u)?.[0];
  if (!letter) return null;
  if (/\p{Script=Cyrillic}/u.test(letter)) return 'ru';
  if (/\p{Script=Armenian}/u.test(letter)) return 'hy';
  return /\p{Script=Latin}/u.test(letter) ? 'en' : 'another script';
}

/** Checks `{ en: [...], ru: [...], hy: [...] }`; returns every form, to compare the lists. */
function checkForms(value: unknown, entry: string, field: string, fail: Fail): string[] {
  if (!isObject(value)) {
    fail(entry, `"${field}" must be an object of forms by language (en, ru, hy)`);
    return [];
  }
  const all: string[] = [];
  for (const [language, forms] of Object.entries(value)) {
    if (!(LANGUAGES as readonly string[]).includes(language)) {
      fail(entry, `"${field}" has unknown language "${language}" (en, ru or hy)`);
      continue;
    }
    if (!Array.isArray(forms) || forms.some((f) => typeof f !== 'string')) {
      fail(entry, `"${field}.${language}" must be a list of strings`);
      continue;
    }
    const seen = new Set<string>();
    for (const form of forms as string[]) {
      const problem = patternProblem(form);
      if (problem) fail(entry, `"${form}" ${problem}`);
      if (seen.has(form)) fail(entry, `"${form}" is listed twice in "${field}.${language}"`);
      seen.add(form);
      const other = form
        .split(/\s+/)
        .map(scriptLanguage)
        .find((l) => l !== null && l !== language);
      if (other)
        fail(
          entry,
          `"${form}" is not written in ${language}'s script but is listed under "${field}.${language}"`,
        );
      all.push(form);
    }
  }
  return all;
}

export function checkConcepts(json: unknown, fail: Fail): void {
  if (!Array.isArray(json)) {
    fail('(file)', 'must be a list of concepts');
    return;
  }
  const ids = new Set<string>();
  json.forEach((raw, i) => {
    if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '') {
      fail(`[${i}]`, 'a concept needs a string "id"');
      return;
    }
    const id = raw.id;
    for (const key of Object.keys(raw)) if (!CONCEPT_FIELDS.has(key)) fail(id, `unknown field "${key}"`);
    if (ids.has(id)) fail(id, 'is listed twice');
    ids.add(id);
    if (!CONCEPT_KINDS.has(raw.kind as string))
      fail(id, `"kind" must be one of ${[...CONCEPT_KINDS].join(', ')}`);
    if (raw.label !== undefined && (typeof raw.label !== 'string' || raw.label.trim() === ''))
      fail(id, '"label" must be a short verb phrase');
    const asserting = new Set(checkForms(raw.pos, id, 'pos', fail));
    // The opposite of a concept is written with it (`neg`), so it can only contradict itself here.
    if (raw.neg === undefined) return;
    for (const form of checkForms(raw.neg, id, 'neg', fail)) {
      if (asserting.has(form)) fail(id, `"${form}" is both in "pos" and in its opposite "neg"`);
    }
  });
}

export function checkCues(json: unknown, fail: Fail): void {
  if (!isObject(json)) {
    fail('(file)', 'must be an object of forms by cue kind');
    return;
  }
  for (const [kind, forms] of Object.entries(json)) {
    if (!CUE_KINDS.has(kind)) fail(kind, `unknown cue kind (one of ${[...CUE_KINDS].join(', ')})`);
    else checkForms(forms, kind, 'forms', fail);
  }
}

export function checkMonths(json: unknown, fail: Fail): void {
  if (!Array.isArray(json) || json.length !== 12) {
    fail('(file)', 'must be a list of the twelve months');
    return;
  }
  json.forEach((raw, i) => {
    const entry = `month ${i + 1}`;
    if (!isObject(raw)) {
      fail(entry, 'must be an object');
      return;
    }
    for (const key of Object.keys(raw)) if (!MONTH_FIELDS.has(key)) fail(entry, `unknown field "${key}"`);
    if (raw.month !== i + 1) fail(entry, `"month" must be ${i + 1}: the list is in calendar order`);
    for (const language of LANGUAGES) {
      const source = raw[language];
      if (typeof source !== 'string' || source === '') {
        fail(entry, `"${language}" must be a regular expression for the month's name`);
        continue;
      }
      try {
        new RegExp(source, 'u');
      } catch (error) {
        fail(entry, `"${language}" does not compile: ${(error as Error).message}`);
      }
    }
  });
}

export function checkIrregular(json: unknown, fail: Fail): void {
  if (!isObject(json)) {
    fail('(file)', 'must be an object of forms by language');
    return;
  }
  for (const [language, forms] of Object.entries(json)) {
    if (language !== 'en') {
      fail(language, 'unknown language: only English has irregular forms');
      continue;
    }
    if (!isObject(forms)) {
      fail(language, 'must be an object from a form to its lemma');
      continue;
    }
    for (const [form, lemma] of Object.entries(forms)) {
      if (!/^[a-z]+$/.test(form)) fail(form, 'a form must be one lowercase word');
      if (typeof lemma !== 'string' || !/^[a-z]+$/.test(lemma))
        fail(form, 'its lemma must be one lowercase word');
    }
  }
}

const WORD_CLASSES = new Set([
  'auxiliaries',
  'prepositions',
  'pronouns',
  'roleNouns',
  'stopWords',
  'purposeAfterMotion',
  'purposeEndings',
  'pastForms',
  'perfectOrPassive',
]);

export function checkWords(json: unknown, fail: Fail): void {
  if (!isObject(json)) {
    fail('(file)', 'must be an object of word classes');
    return;
  }
  for (const [wordClass, byLanguage] of Object.entries(json)) {
    if (!WORD_CLASSES.has(wordClass)) {
      fail(wordClass, `unknown word class (one of ${[...WORD_CLASSES].join(', ')})`);
      continue;
    }
    // A word is compared with a token as it is, so it is never a pattern: no "*", "=", ">" or "…".
    for (const word of checkForms(byLanguage, wordClass, 'words', fail)) {
      if (!/^[^\s*=>…]+$/u.test(word) || word !== word.toLowerCase())
        fail(wordClass, `"${word}" must be one lowercase word, as tokens are compared`);
    }
  }
}

const NUMBER_GROUPS = new Set(['counts', 'magnitudes']);

// Number words are looked up as tokens: one lowercase word of its language's script, a positive
// whole number, and no word in both groups (a count is compared, a magnitude is not).
export function checkNumbers(json: unknown, fail: Fail): void {
  if (!isObject(json)) {
    fail('(file)', 'must be an object with "counts" and "magnitudes"');
    return;
  }
  const seen = new Map<string, string>();
  for (const [group, byLanguage] of Object.entries(json)) {
    if (!NUMBER_GROUPS.has(group)) {
      fail(group, 'unknown group (counts or magnitudes)');
      continue;
    }
    if (!isObject(byLanguage)) {
      fail(group, 'must be an object of words by language (en, ru, hy)');
      continue;
    }
    for (const [language, words] of Object.entries(byLanguage)) {
      if (!(LANGUAGES as readonly string[]).includes(language)) {
        fail(group, `unknown language "${language}" (en, ru or hy)`);
        continue;
      }
      if (!isObject(words)) {
        fail(`${group}.${language}`, 'must be an object from a word to its value');
        continue;
      }
      for (const [word, value] of Object.entries(words)) {
        if (!/^\p{L}+$/u.test(word) || word !== word.toLowerCase())
          fail(word, 'must be one lowercase word, as tokens are compared');
        else if (scriptLanguage(word) !== language)
          fail(word, `is not written in the script of "${language}"`);
        if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0)
          fail(word, 'its value must be a positive whole number');
        const other = seen.get(word);
        if (other) fail(word, `is listed twice (${other} and ${group}.${language})`);
        seen.set(word, `${group}.${language}`);
      }
    }
  }
}

const CHECKS: [string, (json: unknown, fail: Fail) => void][] = [
  ['concepts.json', checkConcepts],
  ['cues.json', checkCues],
  ['months.json', checkMonths],
  ['irregular.json', checkIrregular],
  ['words.json', checkWords],
  ['numbers.json', checkNumbers],
];

/** Checks one lexicon file's text; `name` is its file name in data/lexicon. */
export function checkLexiconFile(name: string, text: string): ValidationError[] {
  const file = `data/lexicon/${name}`;
  const check = CHECKS.find(([n]) => n === name)?.[1];
  if (!check) return [{ file, entry: '(file)', reason: 'is no lexicon file the engine reads' }];
  const errors: ValidationError[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [{ file, entry: '(file)', reason: `is not valid JSON: ${(error as Error).message}` }];
  }
  check(json, (entry, reason) => errors.push({ file, entry, reason }));
  return errors;
}

/** Checks the engine's lexicon in a data folder; a folder that must have it and has not fails. */
export function checkLexiconIn(dataDir: string, required: boolean): ValidationError[] {
  return CHECKS.flatMap(([name]) => {
    const path = join(dataDir, 'lexicon', name);
    if (!existsSync(path))
      return required ? [{ file: `data/lexicon/${name}`, entry: '(file)', reason: 'is missing' }] : [];
    return checkLexiconFile(name, readFileSync(path, 'utf8'));
  });
}
