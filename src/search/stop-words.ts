import words from '../../data/lexicon/words.json';

// Words nearly every English sentence has (data/lexicon/words.json, the engine's own list). Left
// out of queries (unless the query is nothing else), so a whole sentence sent from a page still
// matches on the words that carry meaning, and out of the marks, so "of" in "prime minister of
// Armenia" is not shown as a match.
export const STOP_WORDS: ReadonlySet<string> = new Set(words.stopWords.en);
