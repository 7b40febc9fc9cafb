import type { Reason } from '../engine/types';
import type { MessageKey } from './catalog';
import { ENGLISH, type Translator } from './translate';

// The engine gives each reason as data (src/engine/types.ts `Reason`); this puts it into words in
// the interface language, the same for the card, the popup, the sidebar and the command line.

export interface ReasonWords {
  text?: Translator;
  /** An entity id as the reader knows it ("lavrov" -> "Sergey Lavrov"), in the interface language. */
  nameOf?: (id: string) => string;
  /** A claim's text in the interface language, where the record has it phrased so. */
  claimText?: (claim: { id: string; text: string }) => string;
}

/** "2023-11-23" or "11-23" (no year) or "2023-11" or "2023" as a reader reads it. */
function looseDate(value: string, text: Translator): string {
  const parts = value.split('-');
  if (parts.length === 3) return text.date(value);
  if (parts.length === 2 && (parts[0] as string).length === 4) return text.date(`${value}-01`, 'month');
  if (parts.length === 2) return text.dayMonth(Number(parts[0]), Number(parts[1]));
  return value;
}

export function reasonText(why: Reason, words: ReasonWords = {}): string {
  const text = words.text ?? ENGLISH;
  const nameOf = words.nameOf ?? ((id: string) => id);
  const claimOf = (claim: { id: string; text: string }) =>
    text.t('quoted', (words.claimText?.(claim) ?? claim.text).replace(/[.։]$/, ''));
  switch (why.kind) {
    case 'same':
      return text.t('reasonSame', claimOf(why.claim));
    case 'otherwise':
      return text.t('reasonOtherwise', claimOf(why.claim));
    case 'related':
      return why.claim ? text.t('reasonRelated', claimOf(why.claim)) : text.t('reasonRelatedBare');
    case 'ended':
      return why.until
        ? text.t('reasonEnded', text.date(why.until), claimOf(why.claim))
        : text.t('reasonEndedUndated', claimOf(why.claim));
    case 'changing':
      return text.t('reasonChanging', text.date(why.until), claimOf(why.claim));
    case 'in-flux':
      return why.until
        ? text.t('reasonInFluxUntil', text.date(why.since), text.date(why.until), claimOf(why.claim))
        : text.t('reasonInFlux', text.date(why.since), claimOf(why.claim));
    case 'held-until':
      return text.t('reasonHeldUntil', text.date(why.until));
    case 'disputed':
      return text.t('reasonDisputed', why.note);
    case 'record-disagrees':
      return text.t('reasonRecordDisagrees', why.note);
    case 'silent':
      return text.t('reasonSilent');
    case 'difference':
      return differenceText(why, text, nameOf, claimOf(why.claim));
  }
}

const MODALITY: Record<string, MessageKey> = {
  realized: 'modalityRealized',
  future: 'modalityFuture',
  possible: 'modalityPossible',
  deontic: 'modalityDeontic',
};
const QUALIFIER: Record<string, MessageKey> = { facto: 'qualifierFacto', jure: 'qualifierJure' };

function differenceText(
  why: Extract<Reason, { kind: 'difference' }>,
  text: Translator,
  nameOf: (id: string) => string,
  claim: string,
): string {
  const { record, sentence } = why;
  const names = (list: string) => new Intl.ListFormat(text.locale).format(list.split(', ').map(nameOf));
  const word = (keys: Record<string, MessageKey>, value: string) => {
    const key = keys[value];
    return key ? text.t(key) : value;
  };
  switch (why.difference) {
    case 'polarity':
      return text.t('differencePolarity', claim);
    case 'modality':
      return text.t('differenceModality', word(MODALITY, record), claim, word(MODALITY, sentence));
    case 'qualifier':
      return text.t('differenceValues', word(QUALIFIER, record), word(QUALIFIER, sentence));
    case 'agent':
      return text.t('differenceAgent', nameOf(record), nameOf(sentence));
    case 'speaker':
      return text.t('differenceSpeaker', nameOf(record), nameOf(sentence));
    case 'place':
      return text.t('differencePlace', nameOf(record), nameOf(sentence));
    case 'date':
      return text.t('differenceDate', looseDate(record, text), looseDate(sentence, text));
    case 'members':
      return text.t('differenceMembers', names(record), names(sentence));
    default:
      return text.t('differenceValues', record, sentence);
  }
}
