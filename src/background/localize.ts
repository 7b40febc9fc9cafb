import type { CheckResult } from '../engine';
import type { Locale } from '../i18n/catalog';
import { type ReasonWords, reasonText } from '../i18n/reason-text';
import type { Translator } from '../i18n/translate';
import { phrasingIn } from '../record/scripts';
import type { Corpus } from '../record/types';

// The engine words its reasons in English; the card, popup and sidebar show them in the reader's
// interface language. Only the background has the record's names and phrasings to do that, so the
// answers to a check are put into words here, from each reason's data (`why`), before they leave.

const displayName = (name: string) => name.replace(/\s*\([^)]*\)$/, '');

const made = new WeakMap<Corpus, Map<Locale, ReasonWords>>();

/** The record's names and claims in one interface language, made once per record and language. */
export function reasonWordsFor(record: Corpus, text: Translator): ReasonWords {
  const locale: Locale = text.locale;
  const known = made.get(record)?.get(locale);
  if (known) return known;
  const words = makeWords(record, text);
  made.set(record, (made.get(record) ?? new Map()).set(locale, words));
  return words;
}

function makeWords(record: Corpus, text: Translator): ReasonWords {
  const locale: Locale = text.locale;
  const names = new Map(
    record.entities.map((e) => [
      e.id,
      (locale === 'en' ? null : e.aliases[locale]?.[0]) ?? displayName(e.name),
    ]),
  );
  const claims = new Map(
    record.claims.flatMap((c) => {
      const phrased = phrasingIn(c, locale);
      return phrased ? [[c.id, phrased] as const] : [];
    }),
  );
  return {
    text,
    nameOf: (id) => names.get(id) ?? id,
    claimText: (claim) => claims.get(claim.id) ?? claim.text,
  };
}

/** The engine's answer with its reasons in the interface language; English answers pass as they are. */
export function localize(result: CheckResult, words: ReasonWords): CheckResult {
  if (words.text?.locale === 'en') return result;
  const say = (why: CheckResult['why'], english: string) => (why ? reasonText(why, words) : english);
  return {
    ...result,
    reason: say(result.why, result.reason),
    evidence: result.evidence.map((e) => ({ ...e, reason: say(e.why, e.reason) })),
  };
}
