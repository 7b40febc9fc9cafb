import type { Entity, Language } from './types';

// Where a text names the record's entities, by their aliases, as the record means them: a plain
// alias counts anywhere it stands as whole words; an alias inside one of the entity's `notWithin`
// names does not ("the West" in "the West Bank"); a contextual alias (a generic title, a common
// surname) counts only when the same text also names the entity or one of its `near` entities.
// The validator uses this to check what claims say, and tests use it to prove that ordinary words
// name nobody; the engine has a matcher of its own (src/engine/lexicon), which should agree.

export interface Mention {
  entity: string;
  alias: string;
  start: number;
  end: number;
}

const LANGUAGES: Language[] = ['en', 'ru', 'hy'];

/** Apostrophes and case vary between outlets; offsets are kept, so the replacements are one for one. */
const fold = (text: string): string => text.replace(/[’ʼ‘`]/g, "'").toLowerCase();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordsPattern(phrases: string[]): RegExp | null {
  const unique = [...new Set(phrases.map(fold))].filter((p) => p.trim() !== '');
  if (unique.length === 0) return null;
  unique.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function spans(pattern: RegExp | null, folded: string): { start: number; end: number; alias: string }[] {
  if (!pattern) return [];
  return [...folded.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    alias: m[0],
  }));
}

interface Compiled {
  id: string;
  plain: RegExp | null;
  contextual: RegExp | null;
  near: string[];
  notWithin: RegExp | null;
}

const compiledFor = new WeakMap<Entity[], Compiled[]>();

function compile(entities: Entity[]): Compiled[] {
  const cached = compiledFor.get(entities);
  if (cached) return cached;
  const compiled = entities.map((entity) => ({
    id: entity.id,
    plain: wordsPattern(LANGUAGES.flatMap((l) => entity.aliases[l])),
    contextual: wordsPattern(LANGUAGES.flatMap((l) => entity.contextual?.aliases[l] ?? [])),
    near: [entity.id, ...(entity.contextual?.near ?? [])],
    notWithin: wordsPattern(entity.notWithin ?? []),
  }));
  compiledFor.set(entities, compiled);
  return compiled;
}

/** Every mention of an entity in the text, in order of position. */
export function entityMentions(text: string, entities: Entity[]): Mention[] {
  const folded = fold(text);
  const compiled = compile(entities);
  const plain: Mention[] = [];
  for (const entity of compiled) {
    const excluded = spans(entity.notWithin, folded);
    for (const span of spans(entity.plain, folded)) {
      if (excluded.some((x) => x.start <= span.start && span.end <= x.end)) continue;
      plain.push({ entity: entity.id, alias: text.slice(span.start, span.end), ...spanOf(span) });
    }
  }
  // A city names its country too: "the MFA in Moscow" is Russia's.
  const within = new Map(entities.map((e) => [e.id, e.within]));
  const named = new Set<string>();
  for (const { entity } of plain) {
    for (let id: string | undefined = entity; id && !named.has(id); id = within.get(id)) named.add(id);
  }
  const contextual: Mention[] = [];
  for (const entity of compiled) {
    if (!entity.near.some((id) => named.has(id))) continue;
    for (const span of spans(entity.contextual, folded)) {
      contextual.push({ entity: entity.id, alias: text.slice(span.start, span.end), ...spanOf(span) });
    }
  }
  return [...plain, ...contextual].sort((a, b) => a.start - b.start || b.end - a.end);
}

const spanOf = ({ start, end }: { start: number; end: number }) => ({ start, end });
