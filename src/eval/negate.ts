import type { EnglishVerbs } from './perturbation-data';
import { matchCase } from './sentence';

// Negation of an English sentence's main predicate, for the contrast set. The negation must bind
// to the verb that carries the claim: not to a verb inside a relative clause or a leading
// subordinate clause, and, after a reporting verb ("X said that ..."), to the reported content.
// Where no finite verb can be told apart with confidence, no variant is made.

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export interface Negated {
  text: string;
  /** The edit, e.g. "took → did not take". */
  change: string;
}

function tokenize(sentence: string): Token[] {
  return [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase().replace('’', "'"),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const splice = (s: string, start: number, end: number, insert: string) =>
  `${s.slice(0, start)}${insert}${s.slice(end)}`;

/** Removes a token and the one space before it. */
const removeToken = (s: string, t: Token) =>
  splice(s, s[t.start - 1] === ' ' ? t.start - 1 : t.start, t.end, '');

type Edit = (sentence: string) => Negated;

/** The edit that negates the verb at `i`, or null where token `i` is not a finite verb. */
function negationAt(
  sentence: string,
  tokens: Token[],
  i: number,
  verbs: EnglishVerbs,
  clauseJustEnded = false,
): Edit | null {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  const previous = tokens[i - 1];
  const contracted = verbs.contractedNegations[t.lower];
  if (contracted) {
    return (s) => ({
      text: splice(s, t.start, t.end, matchCase(t.text, contracted)),
      change: `${t.text} → ${contracted}`,
    });
  }
  const present = negatorInVerbPhrase(sentence, tokens, i, verbs);
  // An auxiliary is lower case inside a sentence: "In late May 2024" names a month.
  if (verbs.auxiliaries.includes(t.text)) {
    if (present) return removeNegator(t, present, tokens);
    return (s) => ({ text: splice(s, t.end, t.end, ' not'), change: `${t.text} → ${t.text} not` });
  }
  if (verbs.negators.includes(t.lower) && next && isLexicalVerb(sentence, tokens, i + 1, verbs, false)) {
    return (s) => ({ text: removeToken(s, t), change: `${t.text} ${next.text} → ${next.text}` });
  }
  if (!isLexicalVerb(sentence, tokens, i, verbs, clauseJustEnded)) return null;
  if (next?.lower === 'not' && after?.lower === 'to') {
    // "decided not to attend": the claim is the infinitive's polarity.
    return (s) => ({ text: removeToken(s, next), change: `${t.text} not to → ${t.text} to` });
  }
  if (previous && verbs.notVerbsBefore.includes(previous.lower)) return null;
  if (present) return removeNegator(t, present, tokens);
  const base = verbs.irregularPast[t.lower];
  if (base) {
    return (s) => ({
      text: splice(s, t.start, t.end, `did not ${base}`),
      change: `${t.text} → did not ${base}`,
    });
  }
  // A regular past takes "never", which needs no base form: "attended" → "never attended".
  return (s) => ({ text: splice(s, t.start, t.start, 'never '), change: `${t.text} → never ${t.text}` });
}

// A negation already in the verb phrase ("has not", "announced no plans", "is no longer") is
// what the sentence's polarity rests on: the contrast removes it rather than stacking a second.
const VERB_PHRASE_REACH = 4;

function negatorInVerbPhrase(
  sentence: string,
  tokens: Token[],
  i: number,
  verbs: EnglishVerbs,
): Token | null {
  for (let j = i + 1; j <= i + VERB_PHRASE_REACH && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (/[,;:—]/.test(sentence.slice((tokens[j - 1] as Token).end, t.start))) break;
    if ([...verbs.negators, 'no'].includes(t.lower)) return t;
    // A second verb starts another predicate, whose negation is its own.
    if (verbs.auxiliaries.includes(t.lower)) break;
  }
  return null;
}

function removeNegator(verb: Token, negator: Token, tokens: Token[]): Edit {
  const following = tokens[tokens.indexOf(negator) + 1];
  // "no longer" goes as a whole; "no" before a noun goes alone ("no plans" → "plans").
  const alsoLonger = negator.lower === 'no' && following?.lower === 'longer' ? following : null;
  return (s) => {
    const text = alsoLonger ? removeToken(removeToken(s, alsoLonger), negator) : removeToken(s, negator);
    return { text, change: `${verb.text} … ${negator.text}${alsoLonger ? ' longer' : ''} → ${verb.text}` };
  };
}

function isLexicalVerb(
  sentence: string,
  tokens: Token[],
  i: number,
  verbs: EnglishVerbs,
  clauseJustEnded: boolean,
): boolean {
  const t = tokens[i];
  const previous = tokens[i - 1];
  if (!t || t.text[0] !== t.text[0]?.toLowerCase()) return false;
  if (previous && verbs.notVerbsBefore.includes(previous.lower)) return false;
  // Right after a comma a participle opens a reduced clause ("Lukashenko, quoted by BelTA, said"),
  // unless that comma closed a relative clause ("The summit, which was ..., took place").
  if (!clauseJustEnded && previous && sentence.slice(previous.end, t.start).includes(',')) return false;
  if (verbs.irregularPast[t.lower]) return true;
  return t.lower.length > 4 && t.lower.endsWith('ed') && !verbs.edNotVerbs.includes(t.lower);
}

/** Where the main clause begins: after a leading "After ...," or "According to ...," clause. */
function mainClauseStart(sentence: string, tokens: Token[], verbs: EnglishVerbs): number | null {
  const first = tokens[0];
  if (!first) return null;
  if (!verbs.subordinators.includes(first.lower) && first.lower !== 'according') return 0;
  const comma = sentence.indexOf(',');
  if (comma < 0) return null;
  const i = tokens.findIndex((t) => t.start > comma);
  return i < 0 ? null : i;
}

export function negateMainPredicate(sentence: string, verbs: EnglishVerbs): Negated | null {
  const tokens = tokenize(sentence);
  const start = mainClauseStart(sentence, tokens, verbs);
  if (start === null) return null;
  let reporting: Edit | null = null;
  let clauseEndedBefore = -1;
  // The subject takes at least one word, so the verb is looked for from the second word on.
  for (let i = start + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const textBefore = sentence.slice((tokens[i - 1] as Token).end, t.start);
    if (textBefore.includes('(')) {
      // A parenthesis adds nothing to the predicate: skip to its end.
      const close = sentence.indexOf(')', t.start);
      if (close < 0) return null;
      while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < close) i++;
      continue;
    }
    if (verbs.relativePronouns.includes(t.lower)) {
      // A relative clause runs to the next comma; without one its end cannot be told.
      const comma = sentence.indexOf(',', t.end);
      if (comma < 0) return reporting ? reporting(sentence) : null;
      while (i + 1 < tokens.length && (tokens[i + 1] as Token).start < comma) i++;
      clauseEndedBefore = i + 1;
      continue;
    }
    const previous = tokens[i - 1] as Token;
    if (
      !reporting &&
      verbs.reportingVerbs.includes(t.lower) &&
      !verbs.notVerbsBefore.includes(previous.lower)
    ) {
      // The claim is what was reported: negate its verb, and the report only if it has none.
      reporting = negationAt(sentence, tokens, i, verbs) ?? ((s) => ({ text: s, change: '' }));
      continue;
    }
    const edit = negationAt(sentence, tokens, i, verbs, i === clauseEndedBefore);
    if (edit) return edit(sentence);
  }
  if (!reporting) return null;
  const fallback = reporting(sentence);
  return fallback.change ? fallback : null;
}
