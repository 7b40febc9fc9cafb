import frames from '../../data/lexicon/frames.json';
import functionWords from '../../data/lexicon/function-words.json';
import months from '../../data/lexicon/months.json';
import words from '../../data/lexicon/words.json';
import notDeciding from '../../data/marks/not-deciding.json';
import type { Evidence } from '../engine';
import type { Reason } from '../engine/types';
import { STOP_WORDS } from '../search/stop-words';

// The engine marks every word a quote shares with the page's sentence, and joins neighbours
// ("Prime Minister Nikol Pashinyan said"). A card marks only what decided the stance (issue 15:
// marks landed on "said", "will", "the", "2023"): the predicate and the slot values the claim
// checks. So each marked word is weighed alone: function words, verbs of saying and words of
// relative time never decided anything; a year, a month or a number did only when the claim names
// it or a date or number was what differed; a quote that is only on the topic decided nothing.

type Forms = { [language: string]: string[] | undefined };
const allForms = (...lists: (Forms | string[])[]): string[] =>
  lists.flatMap((list) => (Array.isArray(list) ? list : Object.values(list).flatMap((f) => f ?? [])));

const NEVER: ReadonlySet<string> = new Set(
  [
    ...STOP_WORDS,
    ...allForms(
      words.stopWords,
      words.auxiliaries,
      words.pronouns,
      words.prepositions,
      functionWords.weekdays,
      frames.verbs,
      notDeciding.reporting,
      notDeciding.time,
    ),
  ].map((w) => w.toLowerCase()),
);

const SAYING: ReadonlySet<string> = new Set(
  allForms(frames.verbs, notDeciding.reporting, notDeciding.time).map((w) => w.toLowerCase()),
);

const AUXILIARIES: ReadonlySet<string> = new Set(
  allForms(words.auxiliaries, ['is', 'are', 'was', 'were', 'be', 'did', 'does', 'do']).map((w) =>
    w.toLowerCase(),
  ),
);

const MONTH = new RegExp(`^(?:${months.flatMap((m) => [m.en, m.ru, m.hy]).join('|')})\\.?$`, 'iu');
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

/** The claim's own words, where the reason names the claim. */
const claimOf = (why: Reason | undefined): string =>
  why && 'claim' in why && why.claim ? why.claim.text.toLowerCase() : '';

const namesWord = (claim: string, word: string): boolean =>
  new RegExp(
    `(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
    'iu',
  ).test(claim);

function decides(word: string, claim: string, why: Reason | undefined): boolean {
  const bare = word.toLowerCase().replace(/['’]s$/u, '');
  if (NEVER.has(bare)) return false;
  const differed = why?.kind === 'difference' ? why.difference : null;
  if (NUMBER.test(bare)) return differed === 'date' || differed === 'number' || namesWord(claim, bare);
  if (MONTH.test(bare)) {
    if (differed === 'date') return true;
    const month = months.find((m) =>
      [m.en, m.ru, m.hy].some((p) => new RegExp(`^(?:${p})\\.?$`, 'iu').test(bare)),
    );
    return month !== undefined && [month.en, month.ru, month.hy].some((p) => new RegExp(p, 'iu').test(claim));
  }
  // One or two letters decide only as a name in capitals ("EU", "UN").
  return bare.length > 2 || /^\p{Lu}{2}$/u.test(word);
}

/**
 * The marks worth showing in a quote: the engine's marks cut to the words that decided the stance,
 * neighbours joined again. `why` is the reason the stance was decided for (the evidence's own, or
 * the verdict's), whose claim says which dates and numbers were checked.
 */
export function decidingMarks(
  evidence: Pick<Evidence, 'quote' | 'highlights' | 'stance' | 'why'>,
  why: Reason | undefined = evidence.why,
): NonNullable<Evidence['highlights']> {
  const { quote } = evidence;
  if (evidence.stance === 'related') return [];
  const claim = claimOf(why);
  const kept: { start: number; end: number }[] = [];
  for (const { start, end } of [...(evidence.highlights ?? [])].sort((a, b) => a.start - b.start)) {
    if (start < 0 || end > quote.length || start >= end) continue;
    const found = [...quote.slice(start, end).matchAll(WORD)].map((m) => ({
      start: start + m.index,
      end: start + m.index + m[0].length,
      decides: decides(m[0], claim, why),
      // A function word between two deciding words keeps the phrase whole ("Republic of Armenia").
      joins: !SAYING.has(m[0].toLowerCase()) && !AUXILIARIES.has(m[0].toLowerCase()),
    }));
    const first = found.findIndex((w) => w.decides);
    const last = found.findLastIndex((w) => w.decides);
    found.forEach((word, i) => {
      if (!(word.decides || (i > first && i < last && word.joins && first >= 0))) return;
      const prior = kept[kept.length - 1];
      if (prior && prior.end <= word.start && /^[\s'’-]*$/u.test(quote.slice(prior.end, word.start)))
        prior.end = word.end;
      else if (!prior || prior.end <= word.start) kept.push({ start: word.start, end: word.end });
    });
  }
  return kept;
}
