import functionWords from '../../../data/lexicon/function-words.json';
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

export const CUES: Record<CueKind, string[]> = {
  neg: [
    '=not',
    '=never',
    '=no',
    '=none',
    '=nobody',
    '=nothing',
    '=neither',
    '=nor',
    '=without',
    'no longer',
    'yet to',
    'fail to',
    'failure to',
    'failed to',
    'failing to',
    'decline to',
    'refuse to',
    'refusal to',
    'refrain from',
    'rule out',
    'instead of',
    'rather than',
    'lack of',
    'unable to',
    'deny',
    'far from',
    '=cannot',
    '=не',
    '=ни',
    '=нет',
    'никогда',
    '=без',
    'так и не',
    'отказал* … >участ*',
    // "отказался приехать": the reflexive verb with an infinitive is "refused to".
    '=отказался',
    '=отказалась',
    '=отказались',
    '=отказалось',
    '=отказаться',
    'откаж*',
    'отказыва*',
    '=ոչ',
    '=չի',
    '=չեն',
    '=չէ',
    '=չեմ',
    '=չէր',
    '=չենք',
    '=չէին',
    '=չեք',
    'երբեք',
    '=առանց',
    'հրաժարվ*',
  ],
  future: [
    '=will',
    '=shall',
    'going to',
    'plan to',
    'plan of',
    'planning to',
    'intend to',
    'intention of',
    'intention to',
    'aim to',
    'set to',
    'about to',
    'vow to',
    'pledge to',
    'promise to',
    'decide to',
    'decision to',
    'upcoming',
    '=would',
    'будет',
    'будут',
    'буду',
    'собира*',
    'намер*',
    'планир*',
    'պիտի',
    'կպատրաստ*',
    'մտադր*',
    'ծրագր*',
  ],
  possible: [
    '=could',
    '=may',
    '=might',
    'threaten to',
    'ready to',
    'readiness to',
    'willing to',
    'willingness to',
    'prepared to',
    'consider',
    'mull',
    'weigh',
    'possible',
    'possibly',
    'possibility',
    'potential',
    'potentially',
    '=if',
    '=unless',
    'not … ruled out',
    'cannot … ruled out',
    'not rule out',
    'может',
    'могут',
    '=мог',
    'могла',
    'могли',
    'возможн*',
    'готов*',
    '=если',
    'կարող*',
    'հնարավոր*',
    '=եթե',
    'պատրաստ*',
  ],
  deontic: [
    '=should',
    '=must',
    '=ought',
    'need to',
    'have to',
    'has to',
    'had to',
    'obliged to',
    'right to',
    // "right not to intervene": the "not" stays a negation of its own.
    'right >not >to',
    'proper',
    'necessary',
    'должн*',
    'следует',
    'нужно',
    'надо',
    'պետք',
    'պարտավոր*',
  ],
  deonticNeg: [
    'improper',
    'inappropriate',
    'wrong to',
    'wrong for … to',
    'mistake to',
    'unacceptable',
    'не следовало',
    'неправильн*',
    'սխալ',
  ],
  facto: [
    'de facto',
    'de-facto',
    'effectively',
    'effective',
    'in effect',
    'in practice',
    'practically',
    'де-факто',
    'де факто',
    'фактическ*',
    'դե ֆակտո',
    'դե-ֆակտո',
    'փաստաց*',
    'փաստացի',
  ],
  jure: [
    'de jure',
    'de-jure',
    'formally',
    'formal',
    'officially',
    'official',
    'legally',
    'legal',
    'де-юре',
    'де юре',
    'юридическ*',
    'официальн*',
    'формальн*',
    'դե յուրե',
    'դե-յուրե',
    'իրավաբան*',
    'պաշտոնապես',
    'պաշտոնական*',
    'ֆորմալ*',
  ],
  neutral: ['not only', 'no surprise', 'no doubt', 'не только', 'ոչ միայն'],
  bound: [
    '=but',
    '=while',
    '=whereas',
    '=although',
    '=though',
    '=because',
    '=and',
    '=which',
    '=who',
    '=that',
    '=when',
    '=why',
    '=how',
    '=whether',
    '=what',
    '=where',
    '=after',
    '=before',
    '=despite',
    '=но',
    '=а',
    '=и',
    '=что',
    '=который',
    '=которая',
    '=когда',
    '=почему',
    '=ли',
    '=բայց',
    '=իսկ',
    '=և',
    '=որ',
    '=երբ',
  ],
  asOf: [
    'as of',
    'so far',
    'to date',
    'still',
    'by then',
    'as yet',
    'до сих пор',
    'пока',
    'по-прежнему',
    'դեռ',
    'դեռևս',
    'մինչ օրս',
  ],
};

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
