import type { StatementContext } from './types';

// "Show in context": the paragraph of the archived source text that holds the statement. The
// archived texts keep one paragraph per line, so the paragraph is the run of lines the statement
// touches. Statements are stored exactly as they stand in the text (the validator checks it), so
// a plain search finds them; when it does not, there is no context to show rather than a guess.
export function paragraphAround(text: string, quote: string): StatementContext | null {
  const at = quote ? text.indexOf(quote) : -1;
  if (at < 0) return null;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at + quote.length);
  const end = newline < 0 ? text.length : newline;
  return { before: text.slice(start, at), quote, after: text.slice(at + quote.length, end) };
}
