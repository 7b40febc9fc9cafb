import irregularForms from '../../../data/lexicon/irregular.json';

// Light stemmers. They only need to be consistent (the record and the sentence go through the
// same function), not linguistically right: "attends", "attended", "attending" -> "attend";
// "leave", "leaving", "leaves" -> "leav"; Пашиняна -> пашинян; Փաշինյանից -> փաշինյան.
//
// snowball-stemmers (ISC) was weighed against these (Dec 2026, `npm run eval`): its Russian and
// Armenian stemmers changed no figure on any set (verdicts rest on the lexicon's concepts and
// the entities, which match word forms by prefix), its English one lowered dev macro-F1 from
// 0.933 to 0.904 and added a wrong-direction verdict on the real set's tuning half, and the
// package is one file of 24 languages, 37 KB gzipped in the bundle. Not taken.

// Irregular English forms and their lemma ("left" -> "leave"): data/lexicon/irregular.json.
// A Map, not the JSON object: a page's "constructor" must not find Object's own property.
const IRREGULAR = new Map<string, string>(Object.entries(irregularForms.en));

const VOWEL = /[aeiouy]/;

export function stemEn(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return finish(irregular);
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('ing') && VOWEL.test(w.slice(0, -3)) && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && VOWEL.test(w.slice(0, -2)) && w.length - 2 >= 3) w = undouble(w.slice(0, -2));
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  return finish(w);
}

function undouble(w: string): string {
  if (/([bdgmnprt])\1$/.test(w)) return w.slice(0, -1);
  // British "travelling", "cancelled" (but "calling" keeps its "ll").
  return w.length >= 6 && w.endsWith('ll') ? w.slice(0, -1) : w;
}

function finish(w: string): string {
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

// Case and verb endings, longest first; the stem keeps at least three letters.
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ией',
  'ией',
  'иях',
  'ием',
  'ться',
  'тся',
  'ешь',
  'ете',
  'ите',
  'ала',
  'ила',
  'ыла',
  'ли',
  'ла',
  'ло',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'ом',
  'ем',
  'ию',
  'ия',
  'ии',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'ть',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'л',
];

export function stemRu(word: string): string {
  for (const ending of RU_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

// Armenian case suffixes and articles (-ը, -ն, -ի, -ին, -ից, -ով, -ում, -երի ...).
const HY_SUFFIXES = [
  'ներից',
  'ներին',
  'ներով',
  'ներում',
  'երից',
  'երին',
  'երով',
  'երում',
  'ների',
  'ները',
  'երի',
  'երը',
  'ում',
  'ից',
  'ին',
  'ով',
  'ի',
  'ը',
  'ն',
];

export function stemHy(word: string): string {
  for (const suffix of HY_SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}
