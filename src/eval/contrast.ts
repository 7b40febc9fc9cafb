import type { Entity, Language } from '../record/types';
import { findNames, type NameMention, nameAliases, nameInPlaceOf } from './names';
import { negateMainPredicate } from './negate';
import type { Variant } from './neutral';
import type { ContrastKind, PerturbationData } from './perturbation-data';
import type { Random } from './prng';
import { escapeRegExp, wordPattern } from './sentence';

// Contrast: one real change to a sentence the record backs. Afterwards the record no longer backs
// it, so Corroborated would be wrong. Swaps of names are made only in English, where a name does
// not inflect; dates are changed in every language whose month names are in the data.

const splice = (s: string, start: number, end: number, insert: string) =>
  `${s.slice(0, start)}${insert}${s.slice(end)}`;

function others<T>(all: readonly T[], taken: readonly T[]): T[] {
  return all.filter((x) => !taken.includes(x));
}

/**
 * The speaker is the person a reporting verb follows ("Peskov said", "Lukashenko, quoted by
 * BelTA, told"); without one, the first person named, who is then the sentence's actor.
 */
function speakerOf(sentence: string, names: NameMention[], reportingVerbs: readonly string[]) {
  const people = names.filter((n) => n.entity.kind === 'person');
  const verbs = reportingVerbs.map(escapeRegExp).join('|');
  const reports = new RegExp(`^(?:['’]s)?\\s*(?:,[^,]{0,40},\\s*)?(?:${verbs})(?![\\p{L}])`, 'u');
  return people.find((n) => reports.test(sentence.slice(n.end))) ?? people[0];
}

function swapSpeaker(
  sentence: string,
  names: NameMention[],
  people: Entity[],
  data: PerturbationData,
  random: Random,
) {
  const speaker = speakerOf(sentence, names, data.englishVerbs.reportingVerbs);
  if (!speaker) return null;
  // A surname the record counts only beside a known name (a contextual alias) would name nobody.
  const choices = others(
    people,
    names.map((n) => n.entity),
  ).filter((p) =>
    nameAliases(p, 'en', data.contrast.titleWords.en ?? []).includes(nameInPlaceOf(speaker.surface, p)),
  );
  if (choices.length === 0) return null;
  const replacement = nameInPlaceOf(speaker.surface, random.pick(choices));
  return {
    text: splice(sentence, speaker.start, speaker.end, replacement),
    change: `${speaker.surface} → ${replacement}`,
  };
}

/**
 * Who did what to whom: the first two people named change places, or else the first two
 * countries that are not a location ("in Minsk"). Only names of one kind are swapped, so the
 * sentence stays grammatical.
 */
function swapRoles(
  sentence: string,
  names: NameMention[],
  countries: readonly string[],
  prepositions: readonly string[],
) {
  const located = (n: NameMention) =>
    prepositions.some((p) => sentence.slice(Math.max(0, n.start - p.length - 1), n.start) === `${p} `);
  const groups = [
    names.filter((n) => n.entity.kind === 'person'),
    names.filter((n) => countries.includes(n.entity.name) && !located(n)),
  ];
  // Each named once: with a second mention left unswapped, the sentence would contradict itself
  // ("fleeing Armenia to Armenia") rather than swap roles.
  const once = (n: NameMention) => names.filter((m) => m.entity.id === n.entity.id).length === 1;
  for (const group of groups) {
    const first = group.find(once);
    const second = group.find((n) => once(n) && n.entity.id !== first?.entity.id);
    if (!first || !second) continue;
    const a = nameInPlaceOf(first.surface, second.entity);
    const b = nameInPlaceOf(second.surface, first.entity);
    const text = splice(splice(sentence, second.start, second.end, b), first.start, first.end, a);
    return { text, change: `${first.surface} ⇄ ${second.surface}` };
  }
  return null;
}

function swapPlace(
  sentence: string,
  lang: Language,
  data: PerturbationData,
  places: string[],
  random: Random,
) {
  const prepositions = data.contrast.locativePrepositions[lang] ?? [];
  const groups = [data.contrast.cities[lang] ?? [], places];
  for (const group of groups) {
    for (const place of group) {
      const pattern = new RegExp(
        // Not before "'s": "to Armenia's proposals" names no location.
        `(?<![\\p{L}])(${prepositions.map(escapeRegExp).join('|')}) (${escapeRegExp(place)})(?![\\p{L}]|['’]s)`,
        'u',
      );
      const m = pattern.exec(sentence);
      if (!m || prepositions.length === 0) continue;
      const choices = group.filter((p) => p !== place && !wordPattern(p).test(sentence));
      if (choices.length === 0) continue;
      const replacement = random.pick(choices);
      const start = m.index + (m[1] as string).length + 1;
      return {
        text: splice(sentence, start, start + place.length, replacement),
        change: `${place} → ${replacement}`,
      };
    }
  }
  return null;
}

function swapDate(sentence: string, lang: Language, data: PerturbationData, random: Random) {
  const months = data.calendar[lang]?.months ?? [];
  // Case matters: "May" is a month, "may" a modal verb.
  const monthPattern = new RegExp(`(?<![\\p{L}])(${months.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
  const m = months.length > 0 ? monthPattern.exec(sentence) : null;
  if (m) {
    const month = m[1] as string;
    // Two to ten months away: never the same month, never a neighbour a loose date could cover.
    const shifted = months[(months.indexOf(month) + 2 + Math.floor(random.next() * 9)) % 12] as string;
    return {
      text: splice(sentence, m.index, m.index + month.length, shifted),
      change: `${month} → ${shifted}`,
    };
  }
  const year = /(?<![\p{N}])(19|20)\d\d(?![\p{N}])/u.exec(sentence);
  if (!year) return null;
  // An earlier year, so the changed sentence is never about a time after the page.
  const earlier = String(Number(year[0]) - 1 - Math.floor(random.next() * 3));
  return { text: splice(sentence, year.index, year.index + 4, earlier), change: `${year[0]} → ${earlier}` };
}

/** The contrast variants that can be made of `sentence`, one per kind at most. */
export function contrastVariants(
  sentence: string,
  lang: Language,
  entities: readonly Entity[],
  data: PerturbationData,
  random: Random,
): Variant<ContrastKind>[] {
  const variants: Variant<ContrastKind>[] = [];
  const add = (kind: ContrastKind, made: { text: string; change: string } | null) => {
    if (made && made.text !== sentence) variants.push({ kind, ...made });
  };
  if (lang === 'en') {
    add('negation', negateMainPredicate(sentence, data.englishVerbs));
    const titleWords = data.contrast.titleWords[lang] ?? [];
    const names = findNames(sentence, entities, lang, titleWords);
    const countries = countryNames(entities, titleWords);
    add('speaker', swapSpeaker(sentence, names, people(entities), data, random));
    add('roles', swapRoles(sentence, names, countries, data.contrast.locativePrepositions[lang] ?? []));
    add('place', swapPlace(sentence, lang, data, countries, random));
  }
  add('date', swapDate(sentence, lang, data, random));
  return variants;
}

const people = (entities: readonly Entity[]) => entities.filter((e) => e.kind === 'person');

/** One-word country names: "the United States" or "the West" would need an article where they land. */
function countryNames(entities: readonly Entity[], titleWords: readonly string[]): string[] {
  return entities
    .filter((e) => e.kind === 'place' && !e.name.includes(' ') && !titleWords.includes(e.name))
    .map((e) => e.name);
}
