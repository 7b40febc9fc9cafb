import { processTerm, tokenize } from '../record-index/options';
import { STOP_WORDS } from './stop-words';
import type { TextSpan } from './types';

// A word is marked when the index would have stored it as one of the terms the search matched.
// Going through the index's own tokenizer and term processing keeps the marks right whatever that
// processing does (case, possessives, stems); tokens come back in order, so each is found after
// the previous one. Stop words are not marked: they match everywhere and mean nothing.
export function markTerms(text: string, matched: ReadonlySet<string>): TextSpan[] {
  if (matched.size === 0) return [];
  const spans: TextSpan[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    const start = text.indexOf(token, at);
    if (start < 0) continue;
    at = start + token.length;
    const term = processTerm(token);
    if (term !== null && matched.has(term) && !STOP_WORDS.has(term)) spans.push({ start, end: at });
  }
  return spans;
}
