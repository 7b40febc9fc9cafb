import concepts from '../../../data/lexicon/concepts.json';
// Predicates and topic words that carry the meaning of a claim, in English, Russian and
// Armenian, each mapped to one language-neutral concept (data/lexicon/concepts.json). `neg` lists forms that assert the
// opposite (skip = not attend, stay = not leave, welcome = not regret), so "did not attend" and
// "skipped" agree and "attended" conflicts with both.
//
// Pattern syntax (see matcher.ts): a word matches by English stem ("attend" matches "attended"),
// `=word` only exactly, `word*` as a prefix (Russian and Armenian inflections), `…` is a gap of up
// to three words, and a step starting with `>` must follow but is not consumed.

export type ConceptKind =
  /** An event whose tense is only perspective: "will skip" and "skipped" say the same. */
  | 'event'
  /** A change of state where "will", "could" and "has" differ: leave, freeze, withdraw. */
  | 'state'
  /** Reporting verbs: they name the speaker, not the content. */
  | 'speech'
  /** Urge, advise, encourage: what follows is what someone should do. */
  | 'directive'
  /** Words that say what a claim is about without asserting anything. */
  | 'topic';

export interface ConceptDef {
  id: string;
  kind: ConceptKind;
  pos: string[];
  neg?: string[];
  /** A short verb phrase for reasons: "The source says he did not {attend}". */
  label?: string;
}

/** How a concept is written in each language; any language may be missing. */
export type FormsByLanguage = Partial<Record<'en' | 'ru' | 'hy', string[]>>;

// Of two forms that match equally well the first listed wins; forms of different scripts never
// start on the same word, so reading English, Russian, then Armenian keeps every tie as it was.
export const flattenForms = (forms: FormsByLanguage): string[] => [
  ...(forms.en ?? []),
  ...(forms.ru ?? []),
  ...(forms.hy ?? []),
];

/** data/lexicon/concepts.json, checked at build by src/engine/lexicon/check.ts. */
export const CONCEPTS: ConceptDef[] = (
  concepts as { id: string; kind: string; label?: string; pos: FormsByLanguage; neg?: FormsByLanguage }[]
).map(({ id, kind, label, pos, neg }) => ({
  id,
  kind: kind as ConceptKind,
  pos: flattenForms(pos),
  ...(neg ? { neg: flattenForms(neg) } : {}),
  ...(label !== undefined ? { label } : {}),
}));
