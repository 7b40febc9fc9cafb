import type { Entity, Language } from '../record/types';
import { wordPattern } from './sentence';

// Where a sentence names a person, place or organisation by a proper name ("Pashinyan",
// "Alexander Lukashenko"), as opposed to a description ("the Armenian prime minister"): only a
// name can be swapped for another name and leave a grammatical sentence.

export interface NameMention {
  entity: Entity;
  start: number;
  end: number;
  surface: string;
}

const POSSESSIVE = /['’]s$/u;

export function nameAliases(entity: Entity, lang: Language, titleWords: readonly string[]): string[] {
  const names = new Set<string>();
  for (const alias of entity.aliases[lang] ?? []) {
    const bare = alias.replace(POSSESSIVE, '');
    const words = bare.split(/\s+/u);
    const capitalised = words.every((w) => w.charAt(0) !== w.charAt(0).toLowerCase());
    if (capitalised && !words.some((w) => titleWords.includes(w))) names.add(bare);
  }
  return [...names];
}

/** Every non-overlapping name mention, in the order they appear; the longest alias wins a tie. */
export function findNames(
  sentence: string,
  entities: readonly Entity[],
  lang: Language,
  titleWords: readonly string[],
): NameMention[] {
  const candidates: NameMention[] = [];
  for (const entity of entities) {
    for (const alias of nameAliases(entity, lang, titleWords)) {
      for (const m of sentence.matchAll(wordPattern(alias, 'gu'))) {
        candidates.push({ entity, start: m.index, end: m.index + alias.length, surface: alias });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: NameMention[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
  }
  return kept;
}

/** The form of `entity`'s name that fits where `surface` stood: full name for a full name, else the surname. */
export function nameInPlaceOf(surface: string, entity: Entity): string {
  const words = entity.name.split(/\s+/u);
  return surface.includes(' ') || words.length === 1 ? entity.name : (words[words.length - 1] as string);
}

/** Whether the sentence names one of `ids` by any alias, in any language, as a whole word. */
export function namesAny(sentence: string, entities: readonly Entity[], ids: readonly string[]): boolean {
  return entities
    .filter((e) => ids.includes(e.id))
    .some((e) =>
      Object.values(e.aliases).some((aliases) => aliases.some((a) => wordPattern(a).test(sentence))),
    );
}
