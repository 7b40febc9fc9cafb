import cues from '../../../data/lexicon/cues.json';
import functionWords from '../../../data/lexicon/function-words.json';
import { type FormsByLanguage, flattenForms } from './concepts';
// Words that change how a predicate is asserted rather than what it is: negation (NegEx style,
// with a short forward scope), modality (will / could / should), the de facto - de jure pair,
// and words that end a clause. Same pattern syntax as concepts.ts.

export type CueKind =
  /** Flips the polarity of predicates in its scope. */
  | 'neg'
  /** Future or intention: will, plans to, going to. */
  | 'future'
  /** Possibility or condition: could, may, if, threatened to, ready to. */
  | 'possible'
  /** What should be done: should, must, ought to. */
  | 'deontic'
  /** Deontic and negative at once: "it would have been improper to intervene". */
  | 'deonticNeg'
  /** de facto, effectively, in practice. */
  | 'facto'
  /** de jure, formally, officially. */
  | 'jure'
  /** Phrases that look like cues but are not ("not only"). */
  | 'neutral'
  /** Words that start a new clause: negation and modality do not cross them. */
  | 'bound'
  /** "as of", "so far", "still": the sentence speaks of its own time. */
  | 'asOf';

/** data/lexicon/cues.json, checked at build by src/record/check-lexicon.ts. */
export const CUES = Object.fromEntries(
  Object.entries(cues as Record<CueKind, FormsByLanguage>).map(([kind, forms]) => [
    kind,
    flattenForms(forms),
  ]),
) as Record<CueKind, string[]>;

/** Words skipped when looking left from a predicate for its subject ("Armenia has not yet left"). */
export const AUXILIARIES = new Set(
  (
    'will would shall should can could may might must has have had is are was were be been being did does do ' +
    'not never also already still yet just reportedly allegedly himself itself themselves ever now then later ' +
    'today subsequently eventually ultimately effectively formally officially de facto jure so far to ' +
    'further again once repeatedly long since thus therefore however indeed certainly clearly openly ' +
    'publicly similarly only even'
  ).split(' '),
);

export const PREPOSITIONS = new Set(
  (
    'in on at to from with of for by about into onto over under between among against towards toward ' +
    'within without during through after before since until upon via per than like near across around ' +
    'в во на с со к ко от до из у о об при по за под над между через для без ' +
    'դեպի մեջ վրա հետ մասին համար'
  ).split(' '),
);

export const PRONOUNS = new Set(
  'he she they we it i him her them us his its their our он она они мы я նա նրանք մենք ես'.split(' '),
);

/** People named by their job, not by name: an actor the record cannot identify. */
export const ROLE_NOUNS = new Set(
  (
    'speaker secretary minister spokesman spokeswoman spokesperson official officials lawmaker lawmakers ' +
    'deputy mp mps president leader leaders premier chief head envoy ambassador diplomat diplomats general ' +
    'commander analyst analysts expert experts source sources media office ministry government authorities ' +
    'side chairman chair governor senator member members'
  ).split(' '),
);

export const STOP_WORDS = new Set([
  ...functionWords.weekdays,
  ...functionWords.ru,
  ...functionWords.hy,
  ...(
    'a an the this these those that there here its it his her their our your my of in on at to from with for ' +
    'by about into as is are was were be been being has have had do does did will would shall should can ' +
    'could may might must and or but if then than so such very also just only even still yet already ' +
    'which who whom whose what when where why how all any some each every both either other another more ' +
    'most much many few own same s he she they we i you him them us me one said says say told tell ' +
    'и в во на с со к ко от до из у о об при по за под над между через для без что как это этот эта эти ' +
    'его ее её их он она они мы я а но же ли бы то так также уже ещё еще был была были будет ' +
    'և ու է են էր էին եմ ենք որ այդ այս այն իր նրա նա նրանք մենք ես մի ի'
  ).split(' '),
]);
