// Words nearly every English sentence has. Left out of queries (unless the query is nothing else),
// so a whole sentence sent from a page still matches on the words that carry meaning, and out of
// the marks, so "of" in "prime minister of Armenia" is not shown as a match.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by did does for from had has have he his in into is it its of on or said says that the their there they this to was were which who will with would'.split(
    ' ',
  ),
);
