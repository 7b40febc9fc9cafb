import type { Corpus } from './types';

// The record's conventions (docs/record.md), where a machine can tell them: a city lies in a place
// the record holds; contextual aliases are near names the record holds and are not also plain
// aliases; a source's outlet is an entity; an outlet's own statements are dated to its publication,
// set as a news report, with no chain of their own; and a source that carries another outlet's
// reporting lists that outlet last in every other chain.

type Fail = (file: string, entry: string, reason: string) => void;

export function checkConventions(
  corpus: Corpus,
  where: (kind: string, id: string) => string,
  fail: Fail,
): void {
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  for (const entity of corpus.entities) {
    const file = where('entity', entity.id);
    if (entity.within !== undefined) {
      if (entity.kind !== 'place') fail(file, entity.id, '"within" is for places only');
      const outer = entities.get(entity.within);
      if (outer?.kind !== 'place') fail(file, entity.id, `"within" names no place: "${entity.within}"`);
    }
    if (!entity.contextual) continue;
    for (const id of entity.contextual.near) {
      if (!entities.has(id)) fail(file, entity.id, `contextual "near" names unknown entity "${id}"`);
    }
    for (const [language, names] of Object.entries(entity.contextual.aliases)) {
      const plain = new Set(entity.aliases[language as keyof typeof entity.aliases]);
      for (const name of names) {
        if (plain.has(name)) fail(file, entity.id, `"${name}" is both a plain and a contextual alias`);
      }
    }
  }

  const outletOf = new Map<string, string>();
  for (const source of corpus.sources) {
    const file = where('source', source.id);
    const outlet = corpus.entities.find((e) => e.name === source.outlet);
    if (!outlet) fail(file, source.id, `outlet "${source.outlet}" is the name of no entity`);
    else outletOf.set(source.id, outlet.id);
    if (source.reportsFrom !== undefined && !entities.has(source.reportsFrom))
      fail(file, source.id, `reportsFrom names unknown entity "${source.reportsFrom}"`);
  }

  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  for (const statement of corpus.statements) {
    const source = sources.get(statement.source);
    if (!source) continue;
    const file = where('statement', statement.id);
    const own = statement.speaker === outletOf.get(source.id);
    if (own) {
      const { date, precision } = source.published;
      if (statement.said.date !== date || statement.said.precision !== precision)
        fail(
          file,
          statement.id,
          `the outlet's own statement is dated to its publication (${date}, ${precision}), not ${statement.said.date} (${statement.said.precision}); put the date of the event it reports in "about"`,
        );
      if (statement.setting !== 'news report')
        fail(
          file,
          statement.id,
          `the outlet's own statement has setting "news report", not ${JSON.stringify(statement.setting)}`,
        );
      if (statement.reportedBy.length > 0)
        fail(file, statement.id, "the outlet's own statement has no reporting chain");
    } else if (statement.about) {
      fail(file, statement.id, '"about" is only for an outlet\'s own statements; "said" dates the others');
    }
    const carried = source.reportsFrom;
    if (carried && !own && statement.speaker !== carried && statement.reportedBy.at(-1) !== carried)
      fail(
        file,
        statement.id,
        `its source carries ${carried}'s reporting, so its reporting chain ends with "${carried}" (has ${JSON.stringify(statement.reportedBy)})`,
      );
  }
}
