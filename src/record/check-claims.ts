import { entityMentions, type Mention } from './aliases';
import { type DateSlot, dateFallsOn, datesIn, numbersIn, sameDate } from './slots';
import type { Claim, Corpus, DatedAt, Entity, Statement } from './types';

// What a claim may say, checked against the statements it links: every statement belongs to a
// claim or says why not; a claim's evidence fits when it holds, or the claim says how it changed;
// and every place, date and number in its text or supporting phrasings comes from its statements
// (read in their sentence of the source) or from an entity those statements name. Contradicting
// phrasings are left out: they differ from the record on purpose.

type Fail = (file: string, entry: string, reason: string) => void;

/** The first and last day a dated statement may have been said on. */
function span({ date, precision }: DatedAt): { start: string; end: string } {
  if (precision === 'day') return { start: date, end: date };
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (precision === 'year') return { start: date, end: `${y}-12-31` };
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: date, end: `${date.slice(0, 8)}${String(last).padStart(2, '0')}` };
}

const describe = (s: Statement) =>
  `${s.id} (said ${s.said.date}${s.said.precision === 'day' ? '' : `, ${s.said.precision}`})`;

export function linkedStatements(claim: Partial<Claim>): string[] {
  const ids = [
    ...(Array.isArray(claim.evidence) ? claim.evidence.map((e) => e?.statement) : []),
    ...(Array.isArray(claim.endedBy) ? claim.endedBy : []),
    ...(Array.isArray(claim.changing?.by) ? claim.changing.by : []),
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/** `claims` may include entries the shape check refused: a claim with a bad date still links its statements. */
export function checkLinks(
  corpus: Corpus,
  claims: Partial<Claim>[],
  where: (id: string) => string,
  fail: Fail,
): void {
  const linkedTo = new Map<string, string[]>();
  for (const claim of claims) {
    const name = String(claim.id);
    for (const id of linkedStatements(claim)) linkedTo.set(id, [...(linkedTo.get(id) ?? []), name]);
  }
  for (const statement of corpus.statements) {
    const claims = linkedTo.get(statement.id);
    if (!claims && !statement.background)
      fail(
        where(statement.id),
        statement.id,
        'is linked to no claim: link it as evidence, or say why it is context in "background"',
      );
    if (claims && statement.background)
      fail(
        where(statement.id),
        statement.id,
        `is marked background but is evidence for ${claims.join(', ')}`,
      );
  }
}

export function checkTime(claim: Claim, statements: Map<string, Statement>, file: string, fail: Fail): void {
  const { from, until } = claim.holds;
  const endedBy = new Set(claim.endedBy ?? []);
  const changingBy = new Set(claim.changing?.by ?? []);
  for (const { statement: id, stance } of claim.evidence) {
    const statement = statements.get(id);
    if (!statement) continue;
    const said = span(statement.said);
    if (stance === 'supports') {
      if (from && said.end < from)
        fail(
          file,
          claim.id,
          `supporting ${describe(statement)} was said before the claim holds (from ${from})`,
        );
      if (until && said.start > until && !claim.disputed)
        fail(file, claim.id, `supporting ${describe(statement)} was said after the claim ended (${until})`);
      continue;
    }
    // A claim that explains nothing is reported once, by the rule for evidence on both sides.
    const explained = claim.disputed || endedBy.size > 0 || claim.changing;
    const whileHolding = (!from || said.end >= from) && (!until || said.start < until);
    if (explained && whileHolding && !claim.disputed && !changingBy.has(id))
      fail(
        file,
        claim.id,
        `contradicting ${describe(statement)} falls while the claim holds: say how it holds over time (end it earlier, mark it "changing", or "disputed")`,
      );
  }
  const stanceOf = new Map(claim.evidence.map((e) => [e.statement, e.stance]));
  for (const id of [...endedBy, ...changingBy]) {
    if (statements.has(id) && stanceOf.get(id) !== 'contradicts')
      fail(file, claim.id, `${id} ended or changed the claim but is not contradicting evidence of it`);
  }
  for (const id of endedBy) {
    const statement = statements.get(id);
    if (!statement || !until) continue;
    const said = span(statement.said);
    if (said.start > until || said.end < until)
      fail(
        file,
        claim.id,
        `endedBy ${describe(statement)} was not said on the day the claim ended (${until})`,
      );
  }
  const changing = claim.changing;
  if (changing) {
    if (!until) fail(file, claim.id, '"changing" needs holds.until, the day the change was complete');
    else if (changing.since >= until)
      fail(file, claim.id, `changing since ${changing.since} is not before ${until}`);
    if (from && changing.since < from)
      fail(file, claim.id, `changing since ${changing.since} is before it holds`);
    for (const id of changingBy) {
      const statement = statements.get(id);
      if (statement && span(statement.said).end < changing.since)
        fail(file, claim.id, `changing.by ${describe(statement)} was said before ${changing.since}`);
    }
  }
}

/** What a statement makes known: the places, dates and numbers of its sentence in the source, and of the entities it names. */
export interface Known {
  places: Set<string>;
  dates: DateSlot[];
  at: DatedAt[];
  numbers: Set<number>;
}

export function knownFrom(
  statements: Statement[],
  contextOf: (s: Statement) => string,
  entities: Entity[],
): Known {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const known: Known = { places: new Set(), dates: [], at: [], numbers: new Set() };
  const addPlace = (id: string) => {
    for (let at: string | undefined = id; at && !known.places.has(at); at = byId.get(at)?.within)
      known.places.add(at);
  };
  const addText = (text: string) => {
    known.dates.push(...datesIn(text).dates);
    for (const n of numbersIn(text)) known.numbers.add(n);
  };
  for (const statement of statements) {
    const context = contextOf(statement);
    addText(context);
    known.at.push(statement.said, ...(statement.about ? [statement.about] : []));
    const named = new Set([
      ...entityMentions(context, entities).map((m) => m.entity),
      statement.speaker,
      ...statement.reportedBy,
    ]);
    for (const id of named) {
      const entity = byId.get(id);
      if (!entity) continue;
      if (entity.kind === 'place') addPlace(id);
      // "Prime Minister of Armenia", "CSTO summit in Minsk (23 November 2023)": what the record knows of it.
      const about = `${entity.name}. ${entity.role ?? ''}`;
      addText(about);
      for (const m of entityMentions(about, entities))
        if (byId.get(m.entity)?.kind === 'place') addPlace(m.entity);
    }
  }
  return known;
}

export const claimTexts = (claim: Claim) => [
  { where: 'its text', text: claim.text },
  ...claim.supportingPhrasings.map((text) => ({ where: `phrasing "${text}"`, text })),
];

/** Reports each place, date and number in `texts` that is not known; `entry` names the claim or statement. */
export function checkSlots(
  texts: { where: string; text: string }[],
  known: Known,
  entities: Entity[],
  file: string,
  entry: string,
  fail: Fail,
  of: 'claim' | 'gist' = 'claim',
): void {
  const places =
    of === 'claim' ? 'which no linked statement places it in' : 'which its statement does not give';
  const gives = of === 'claim' ? 'which no linked statement gives' : 'which its statement does not give';
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  for (const { where, text: phrasing } of texts) {
    const mentions = entityMentions(phrasing, entities);
    // "Russia" in "the Russia-led bloc" names the bloc, not a place.
    const insideAName = (m: Mention) =>
      mentions.some(
        (o) =>
          o !== m &&
          (kindOf.get(o.entity) === 'organisation' || kindOf.get(o.entity) === 'person') &&
          o.start <= m.start &&
          m.end <= o.end &&
          o.end - o.start > m.end - m.start,
      );
    for (const m of mentions) {
      if (kindOf.get(m.entity) !== 'place' || known.places.has(m.entity) || insideAName(m)) continue;
      fail(file, entry, `${where} names ${names.get(m.entity)} ("${m.alias}"), ${places}`);
    }
    for (const date of datesIn(phrasing).dates) {
      if (known.at.some((at) => dateFallsOn(date, at)) || known.dates.some((d) => sameDate(date, d)))
        continue;
      fail(file, entry, `${where} names the date "${date.text}", ${gives}`);
    }
    for (const n of numbersIn(phrasing)) {
      if (!known.numbers.has(n)) fail(file, entry, `${where} names the number ${n}, ${gives}`);
    }
  }
}
