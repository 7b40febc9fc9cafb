import recordEntities2023 from '../../../data/entities/2023.json';
import recordEntities2024 from '../../../data/entities/2024.json';
import recordCities from '../../../data/entities/cities.json';
import recordCore from '../../../data/entities/core.json';
import lexicon from '../../../data/lexicon/gazetteer.json';
import { entriesIn } from '../../record/list-file';
import type { Entity, Language } from '../../record/types';

// People, organisations and places the engine must tell apart or treat as the same speaker. The
// names are the record's own (data/entities), so the validator and the engine read one list;
// data/lexicon/gazetteer.json adds what only the engine needs: who speaks for whom (Peskov for the
// Kremlin, the Kremlin for Russia), cities the news names for their state ("Moscow denied"), adjectives, and the generic
// words news uses for the CSTO. Contextual names and `notWithin` are kept apart here, so the
// engine can honour them as src/record/aliases.ts does (src/engine/record-analyzer.ts).

export type ActorKind = 'person' | 'organisation' | 'place';

export interface GazetteerEntry {
  id: string;
  kind: ActorKind;
  /** Who this one speaks for or belongs to, nearest first (transitively closed at load). */
  parents?: string[];
  /** The government or state a leader's acts are the acts of ("Armenia declined" for Pashinyan's). */
  leads?: string[];
  /** A place inside another (a city in its country), for comparing places. */
  within?: string;
  /** Lexicon patterns (see matcher.ts): the record's aliases, contextual ones included, then the lexicon's. */
  names: string[];
  /** Adjectives ("Belarusian", "Armenian"): they name the entity but are never the subject. */
  adjectives?: string[];
  /** Names that count only in a text also naming one of `near` (or the entity itself). */
  contextual?: { near: string[]; names: string[] };
  /** Longer names an alias stands inside that name something else ("the West Bank"). */
  notWithin?: string[];
  /** A city the news names for its state: it speaks as the state and stands for it in search terms. */
  metonym?: boolean;
}

export interface LexiconEntry {
  id: string;
  /** Only for an entity the record does not have. */
  kind?: ActorKind;
  parents?: string[];
  leads?: string[];
  names?: string[];
  adjectives?: string[];
}

export interface GazetteerLexicon {
  /** Cities the news names for their state ("Moscow denied"). */
  metonyms: string[];
  /** Organisations of member states (the CSTO, the EU): one bloc's claims are not another's. */
  blocs: string[];
  entries: LexiconEntry[];
}

const LANGUAGES: Language[] = ['en', 'ru', 'hy'];

/** "Pashinyan's" is "Pashinyan" to the matcher: the tokenizer reads the possessive apart. */
const asPattern = (name: string) => name.replace(/['’]s\b/g, '');

const fold = (name: string) => name.toLowerCase();

/** The record's entities as the engine reads them, with the lexicon's knowledge on top. */
export function gazetteerOf(entities: Entity[], extra: GazetteerLexicon): GazetteerEntry[] {
  const byId = new Map(extra.entries.map((e) => [e.id, e]));
  const entries: GazetteerEntry[] = [];
  for (const entity of entities) {
    if (entity.kind === 'event') continue;
    const more = byId.get(entity.id);
    const adjectives = (more?.adjectives ?? []).map(asPattern);
    const isAdjective = new Set(adjectives.map(fold));
    const names = [...LANGUAGES.flatMap((l) => entity.aliases[l]), ...(more?.names ?? [])].map(asPattern);
    entries.push({
      id: entity.id,
      kind: entity.kind,
      parents: more?.parents ?? (entity.within ? [entity.within] : undefined),
      leads: more?.leads,
      within: entity.within,
      names: [...new Set(names)].filter((n) => !isAdjective.has(fold(n))),
      adjectives: adjectives.length > 0 ? adjectives : undefined,
      contextual: entity.contextual && {
        near: entity.contextual.near,
        names: LANGUAGES.flatMap((l) => entity.contextual?.aliases[l] ?? []).map(asPattern),
      },
      notWithin: entity.notWithin,
    });
  }
  const known = new Set(entries.map((e) => e.id));
  for (const more of extra.entries) {
    if (known.has(more.id) || !more.kind) continue;
    entries.push({
      id: more.id,
      kind: more.kind,
      parents: more.parents,
      leads: more.leads,
      names: more.names ?? [],
    });
  }
  for (const e of entries) if (extra.metonyms.includes(e.id)) e.metonym = true;
  speakAsTheirState(entries, new Set(extra.metonyms));
  giveSharedNamesToTheNarrower(entries);
  return entries;
}

// "Moscow denied it" is the Russian state speaking: whoever speaks for a state speaks for the city
// named for it too, so the Kremlin and "Moscow" are one voice, while "in Moscow" stays a city in Russia.
function speakAsTheirState(entries: GazetteerEntry[], metonyms: Set<string>): void {
  const capitalOf = new Map<string, string>();
  for (const e of entries) if (metonyms.has(e.id) && e.within) capitalOf.set(e.within, e.id);
  for (const e of entries) {
    if (e.kind === 'place') continue;
    const capital = (e.parents ?? []).map((p) => capitalOf.get(p)).find(Boolean);
    if (capital) e.parents = [...(e.parents ?? []), capital];
  }
}

// The record lets a name stand for two entities ("the Kremlin" for Russia and for the Kremlin); a
// token names one, so the narrower one keeps it (the Kremlin speaks for Russia, not the reverse).
function giveSharedNamesToTheNarrower(entries: GazetteerEntry[]): void {
  const parents = new Map(entries.map((e) => [e.id, e.parents ?? []]));
  const speaksFor = (id: string, other: string): boolean => {
    const seen = new Set<string>();
    const queue = [...(parents.get(id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (next === other) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(parents.get(next) ?? []));
    }
    return false;
  };
  const holders = new Map<string, GazetteerEntry[]>();
  for (const e of entries)
    for (const n of e.names) holders.set(fold(n), [...(holders.get(fold(n)) ?? []), e]);
  for (const [name, list] of holders) {
    if (list.length < 2) continue;
    for (const wider of list) {
      if (list.some((narrower) => narrower !== wider && speaksFor(narrower.id, wider.id))) {
        wider.names = wider.names.filter((n) => fold(n) !== name);
      }
    }
  }
}

/** The record's entities as bundled: the same files the validator reads. */
export const RECORD_ENTITIES: Entity[] = [
  recordCore,
  recordEntities2023,
  recordEntities2024,
  recordCities,
].flatMap((file: unknown) => entriesIn<Entity>(file, 'entities') ?? []);

export const GAZETTEER_LEXICON = lexicon as GazetteerLexicon;

export const BLOCS: ReadonlySet<string> = new Set(GAZETTEER_LEXICON.blocs);

export const GAZETTEER: GazetteerEntry[] = gazetteerOf(RECORD_ENTITIES, GAZETTEER_LEXICON);
