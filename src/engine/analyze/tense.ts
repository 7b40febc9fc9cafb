import { PAST_FORMS, PERFECT_OR_PASSIVE } from '../lexicon/cues';
import type { Token } from '../text/tokenize';
import type { Item } from './scope';

// Tense and time as the three languages write them on the verb: a Russian perfective has no
// future auxiliary (выйдет, примет участие, посетит); Armenian marks the future with a prefix or a
// participle beside its auxiliary; English and Russian pasts by ending or auxiliary.

/** Future forms inside lexicon phrases: կգա, կթողնի (the prefix on a bare verb is found before matching). */
const HY_FUTURE_FORM = /^կ(?:գա|թող)/;
/** The Armenian auxiliary a participle forms a tense with: է, են, էր, չի, չեն ... */
const HY_AUXILIARY = /^չ?(?:է|են|եմ|ենք|եք|էր|էին|էի|ի)$/;
const RU_PAST = /(?:л|ла|ло|ли|лся|лась|лось|лись)$/;
const RU_FUTURE = /(?:ет|ит|ут|ют|ят|ат|ется|ится|утся|ются)$/;
/**
 * Present tense of imperfective verbs, which look like a perfective future: a vowel before the
 * ending (остается, сожалеют, участвует, покидает) against a consonant (выйдет, останется,
 * посетит); and the -ходит family (выходит).
 */
const RU_IMPERFECTIVE = /(?:[аяеуюо](?:ет|ют|ется|ются)|^(?:вы|у|при)ход\p{L}*)$/u;

/** A future cue read from the verb form of the predicate at token `at`, not from a word of its own. */
const futureAt = (at: number): Item => ({
  unit: { type: 'cue', cue: 'future' },
  at,
  last: at,
  start: 0,
  end: 0,
  own: true,
});

/** Adds a future cue to each predicate whose verb form is a future. */
export function markTense(tokens: Token[], items: Item[]): void {
  for (const item of [...items]) {
    if (item.unit.type !== 'concept' || item.unit.kind === 'topic') continue;
    const token = tokens[item.at];
    if (token?.script !== 'cyrillic') continue;
    if (RU_FUTURE.test(token.norm) && !RU_PAST.test(token.norm) && !RU_IMPERFECTIVE.test(token.norm)) {
      items.push(futureAt(item.at));
    }
  }
  // Armenian negative future: "չի գա", "չեն մասնակցի" (the present would be "չի գալիս").
  for (const item of [...items]) {
    if (item.unit.type !== 'cue' || item.unit.cue !== 'neg') continue;
    const aux = tokens[item.at];
    if (aux?.script !== 'armenian' || !/^չ(?:ի|են|եմ|ենք|եք)$/.test(aux.norm)) continue;
    const verb = tokens[item.at + 1];
    const owner = items.find(
      (it) => it.unit.type === 'concept' && it.at <= item.at + 1 && item.at + 1 <= it.last,
    );
    if (owner && verb && !/(?:ում|իս|ել|ած)$/.test(verb.norm)) {
      items.push(futureAt(owner.at));
    }
  }
  tokens.forEach((token, i) => {
    // Armenian future participle (դուրս է գալու) and the future prefix inside a phrase the
    // lexicon lists whole (դուրս կգա, բաց կթողնի): the prefix alone is handled before matching.
    // The "-լու" form is a future only beside its auxiliary ("է գալու", "գալու են"); alone it is
    // the verbal noun ("սառեցնելու մասին", "about freezing"), which tells no time.
    if (token.script !== 'armenian') return;
    const participle = /[^ո]ու$/.test(token.norm) && token.norm.length > 3;
    if (participle || HY_FUTURE_FORM.test(token.norm)) {
      const owner = items.find((it) => it.unit.type === 'concept' && it.at <= i && i <= it.last);
      const aux = (k: number) => HY_AUXILIARY.test(tokens[k]?.norm ?? '');
      const future = !participle || (owner !== undefined && (aux(owner.at - 1) || aux(i - 1) || aux(i + 1)));
      if (owner && future) items.push(futureAt(owner.at));
    }
  });
}

/** Written as done: a past form in the predicate, or a perfect or passive auxiliary just before it. */
export function isPast(tokens: Token[], at: number, last: number): boolean {
  for (let i = at; i <= last; i++) {
    const token = tokens[i] as Token;
    if (token.script === 'latin' && (token.norm.endsWith('ed') || PAST_FORMS.has(token.norm))) return true;
    if (token.script === 'cyrillic' && RU_PAST.test(token.norm)) return true;
    if (token.script === 'armenian' && /(?:ել|ած|եց|աց)$/.test(token.norm)) return true;
  }
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const token = tokens[j] as Token;
    if (PERFECT_OR_PASSIVE.has(token.norm)) return true;
    if (tokens[j + 1]?.breakBefore) break;
  }
  return false;
}
