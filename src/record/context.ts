import type { Source, Statement } from './types';

// A statement is often a fragment of a sentence ("deploy a monitoring mission to the border"), and
// a sentence leans on the one before ("It has since repeatedly accused them"). What a statement
// makes known is read in its paragraph: the lines of the source's archived text its text stands in.

export function statementContext(
  sources: Source[],
  texts: Map<string, string>,
): (statement: Statement) => string {
  const paragraphsOf = new Map(sources.map((s) => [s.id, (texts.get(s.textFile) ?? '').split('\n')]));
  return (statement) => {
    const paragraphs = (paragraphsOf.get(statement.source) ?? []).filter((p) => p.includes(statement.text));
    return [statement.text, ...paragraphs].join('\n');
  };
}
