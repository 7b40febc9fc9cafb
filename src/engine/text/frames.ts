import frames from '../../../data/lexicon/frames.json';
import functionWords from '../../../data/lexicon/function-words.json';

// Blanks what a news page wraps around a sentence without saying anything checkable: a dateline
// ("YEREVAN, Armenia (AP) —", "ЕРЕВАН, 14 ноя — РИА Новости."), a lead-in ("According to Reuters,")
// and an attribution tail (", local media reported", ", сообщили местные СМИ"). The frame's
// characters become spaces, so every offset into the sentence still points at the same text.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alternatives = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegExp(s).replace(/\s+/g, '\\s+'))
    .join('|');

// An outlet may stand in quotes: «Коммерсантъ», "Kommersant".
const OUTLET = `[«"“]?(?:${alternatives(frames.outlets)})[»"”]?`;
const MEDIA = alternatives(frames.media);
const MODIFIERS = `(?:(?:${alternatives(frames.modifiers)})\\s+)*`;
// "local media", "the Interfax news agency", "state news agency TASS", "агентство Интерфакс".
const SOURCE = `(?:the\\s+)?${MODIFIERS}(?:(?:(?:${OUTLET})\\s+)?(?:${MEDIA})(?:\\s+(?:${OUTLET}))?|(?:${OUTLET}))`;
const VERB = `(?:${alternatives(frames.verbs)})`;
const WEEKDAY = alternatives(functionWords.weekdays);
const DAY_WORD = alternatives(frames.dayWords);
// ", local media reported on Tuesday", ", երեքշաբթի օրը հաղորդել են ...": the day it was reported
// is part of the frame, before or after the verb.
const DAY = `(?:(?:${DAY_WORD})\\s+)?(?:${WEEKDAY})(?:\\s+(?:${DAY_WORD}))?`;
const END = `(?:\\s+${DAY})?\\s*[.。։!]?\\s*$`;
const COMPLEMENTIZER = alternatives(frames.complementizers);

const PATTERNS: RegExp[] = [
  // A dateline: a city in capitals, a comma or an agency in brackets (so "CSTO — a bloc" is not
  // one), up to a dash or an Armenian full stop, then perhaps the agency's name; or TASS's own
  // form, "МОСКВА, 12 мая. /ТАСС/.".
  new RegExp(
    String.raw`^\s*\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*(?:,[^—–։\n]{0,40}?|\s*\([^)]{1,30}\))(?:\s*[—–։]|\s+-|\.\s*\/(?:${OUTLET})\/\s*\.?)\s+(?:(?:${OUTLET})\s*[.։]\s+)?`,
    'u',
  ),
  new RegExp(`^\\s*(?:${alternatives(frames.leads)})\\s+${SOURCE}\\p{L}*\\s*,\\s*`, 'iu'),
  // "As Eurasianet reported,", "Как пишет «Известия»," and "Reuters reports that": the outlet's
  // own lead-in.
  new RegExp(`^\\s*(?:${alternatives(frames.asLeads)})\\s+${SOURCE}\\s+${VERB}\\s*,\\s*`, 'iu'),
  new RegExp(`^\\s*(?:${alternatives(frames.asLeads)})\\s+${VERB}\\s+${SOURCE}\\s*,\\s*`, 'iu'),
  new RegExp(`^\\s*${SOURCE}\\s+${VERB},?\\s+(?:${COMPLEMENTIZER})\\s+`, 'iu'),
  new RegExp(`,\\s*(?:${alternatives(frames.leads)})\\s+${SOURCE}\\p{L}*${END}`, 'iu'),
  // "Putin, quoted by TASS, said": an outlet between commas relays the words, it does not say them.
  new RegExp(`,\\s*(?:${alternatives(frames.insertions)})\\s+${SOURCE}\\s*,`, 'iu'),
  new RegExp(`,\\s*(?:${DAY}\\s+)?${SOURCE}\\s+${VERB}${END}`, 'iu'),
  new RegExp(`,\\s*(?:${DAY}\\s+)?${VERB}\\s+${SOURCE}${END}`, 'iu'),
];

export function blankFrames(sentence: string): string {
  let out = sentence;
  for (const re of PATTERNS) {
    const m = re.exec(out);
    if (!m || m[0].length >= out.trim().length) continue;
    // Keep the sentence's own final stop: it ends a clause the analyzer reads.
    const text = m[0];
    const stop = /[.。։!]\s*$/.exec(text);
    const blank =
      stop && m.index > 0 ? ' '.repeat(text.length - stop[0].length) + stop[0] : ' '.repeat(text.length);
    out = out.slice(0, m.index) + blank + out.slice(m.index + text.length);
  }
  return out;
}
