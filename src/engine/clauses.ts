import functionWords from '../../data/lexicon/function-words.json';

// "Yerevan has not yet declared any intention of quitting the CSTO, although its leader stayed
// away from the Minsk summit" asserts both its clauses; the record may decide each alone where it
// cannot decide the two together, since no one phrasing holds both facts.

const pattern = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const WORDS = functionWords.concessive.map(pattern).join('|');
/** A concessive word after a comma, semicolon or dash: the clause it opens runs to the end. */
const TRAILING = new RegExp(`\\s*[,;—–]\\s*(?:${WORDS})(?!\\p{L})\\s*`, 'iu');
/** A sentence that opens with one: its clause runs to the first comma. */
const LEADING = new RegExp(`^\\s*(?:${WORDS})(?!\\p{L})\\s*([^,]+),\\s*(.+)$`, 'isu');

/** The two clauses of a sentence joined by a concessive word, or null when it has none. */
export function concessiveClauses(sentence: string): [string, string] | null {
  const leading = LEADING.exec(sentence);
  if (leading) return pair(leading[2] as string, leading[1] as string);
  const trailing = TRAILING.exec(sentence);
  if (!trailing) return null;
  return pair(sentence.slice(0, trailing.index), sentence.slice(trailing.index + trailing[0].length));
}

function pair(main: string, conceded: string): [string, string] | null {
  const a = main.trim();
  const b = conceded.trim();
  // A fragment of a few words ("though briefly") is no clause the record could decide.
  if (words(a) < 3 || words(b) < 3) return null;
  return [a, b];
}

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
