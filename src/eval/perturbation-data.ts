import type { Language } from '../record/types';

// The shape of eval/perturbations.json: the neutral additions and the word lists the generated
// sets are built from. It is data so that a phrasing can be added without touching the generator.

export const NEUTRAL_KINDS = ['tail', 'dateline', 'outlet', 'weekday', 'clause'] as const;
export type NeutralTemplateKind = (typeof NEUTRAL_KINDS)[number];
export type InvarianceKind = NeutralTemplateKind | 'spelling';
export const CONTRAST_KINDS = ['negation', 'speaker', 'place', 'date', 'roles'] as const;
export type ContrastKind = (typeof CONTRAST_KINDS)[number];
export type ExpectedLabel = 'contradicted' | 'not_in_corpus';

export interface EnglishVerbs {
  auxiliaries: string[];
  contractedNegations: Record<string, string>;
  negators: string[];
  irregularPast: Record<string, string>;
  reportingVerbs: string[];
  subordinators: string[];
  relativePronouns: string[];
  notVerbsBefore: string[];
  edNotVerbs: string[];
}

export interface PerturbationData {
  /** The entities a claim sentence must name: a sentence naming neither is not a claim to check. */
  triggerEntities: string[];
  neutral: Partial<Record<Language, Record<NeutralTemplateKind, string[]>>>;
  calendar: Partial<Record<Language, { weekdays: string[]; months: string[] }>>;
  sentenceStartWords: Partial<Record<Language, string[]>>;
  britishSpelling: { endings: [string, string][]; notChanged: string[]; words: Record<string, string> };
  contrast: {
    expected: Record<ContrastKind, ExpectedLabel>;
    cities: Partial<Record<Language, string[]>>;
    locativePrepositions: Partial<Record<Language, string[]>>;
    titleWords: Partial<Record<Language, string[]>>;
  };
  englishVerbs: EnglishVerbs;
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Checks the parts the generator relies on and names the first that is missing or malformed. */
export function validatePerturbationData(data: unknown): PerturbationData {
  const fail = (where: string): never => {
    throw new Error(`eval/perturbations.json: ${where} is missing or not of the expected shape`);
  };
  if (typeof data !== 'object' || data === null) return fail('the file');
  const d = data as Record<string, unknown>;
  if (!isStringList(d.triggerEntities) || d.triggerEntities.length === 0) fail('triggerEntities');
  const neutral = d.neutral as Record<string, Record<string, unknown>> | undefined;
  if (typeof neutral !== 'object' || neutral === null) fail('neutral');
  for (const [lang, kinds] of Object.entries(neutral ?? {})) {
    for (const kind of NEUTRAL_KINDS) if (!isStringList(kinds?.[kind])) fail(`neutral.${lang}.${kind}`);
  }
  const calendar = d.calendar as Record<string, { weekdays?: unknown; months?: unknown }> | undefined;
  for (const [lang, c] of Object.entries(calendar ?? fail('calendar'))) {
    if (!isStringList(c.weekdays) || c.weekdays.length !== 7) fail(`calendar.${lang}.weekdays (seven names)`);
    if (!isStringList(c.months) || c.months.length !== 12) fail(`calendar.${lang}.months (twelve names)`);
  }
  const contrast = d.contrast as Record<string, unknown> | undefined;
  const expected = contrast?.expected as Record<string, unknown> | undefined;
  for (const kind of CONTRAST_KINDS) {
    if (expected?.[kind] !== 'contradicted' && expected?.[kind] !== 'not_in_corpus') {
      fail(`contrast.expected.${kind}`);
    }
  }
  const verbs = d.englishVerbs as Record<string, unknown> | undefined;
  for (const key of [
    'auxiliaries',
    'negators',
    'reportingVerbs',
    'subordinators',
    'relativePronouns',
    'notVerbsBefore',
    'edNotVerbs',
  ]) {
    if (!isStringList(verbs?.[key])) fail(`englishVerbs.${key}`);
  }
  if (typeof verbs?.irregularPast !== 'object') fail('englishVerbs.irregularPast');
  if (typeof d.britishSpelling !== 'object') fail('britishSpelling');
  return data as PerturbationData;
}
