import { describe, expect, test } from 'vitest';
import type { Claim, Source, Statement } from '../../../src/record/types';
import { type RecordFiles, validateRecord } from '../../../src/record/validate';

// A tiny, valid record; each test breaks one thing and expects exactly that to be reported.
const TEXT =
  'The Kremlin said in Minsk on 14 November that it “regrets” the two decisions. Share This Post On';

interface Fixture {
  source: Source;
  statements: Statement[];
  claim: Claim;
}

function validFixture(): Fixture {
  return {
    source: {
      id: 'a',
      textFile: 'a.txt',
      outlet: 'Outlet',
      headline: null,
      url: 'https://example.org/a',
      published: { date: '2023-11-14', precision: 'day' },
      author: null,
      via: null,
      language: 'en',
      excluded: [{ text: 'Share This Post On', reason: 'page furniture' }],
    },
    statements: [
      {
        id: 'a/01',
        source: 'a',
        kind: 'quote',
        text: 'regrets',
        speaker: 'kremlin',
        said: { date: '2023-11-14', precision: 'day' },
        setting: 'briefing',
        reportedBy: ['tass'],
        gist: 'The Kremlin regrets the decision.',
      },
    ],
    claim: {
      id: 'kremlin-regrets',
      text: 'The Kremlin regretted the decision.',
      supportingPhrasings: ['Moscow regretted it'],
      contradictingPhrasings: ['Moscow welcomed it'],
      evidence: [{ statement: 'a/01', stance: 'supports' }],
      holds: {},
    },
  };
}

const ENTITIES = [
  { id: 'outlet', kind: 'organisation', name: 'Outlet', aliases: { en: ['Outlet'], ru: [], hy: [] } },
  { id: 'kremlin', kind: 'organisation', name: 'The Kremlin', aliases: { en: ['Kremlin'], ru: [], hy: [] } },
  { id: 'tass', kind: 'organisation', name: 'TASS', aliases: { en: ['TASS'], ru: [], hy: [] } },
  { id: 'belarus', kind: 'place', name: 'Belarus', aliases: { en: ['Belarus'], ru: [], hy: [] } },
  {
    id: 'minsk',
    kind: 'place',
    name: 'Minsk',
    within: 'belarus',
    aliases: { en: ['Minsk'], ru: [], hy: [] },
  },
];

function filesOf({ source, statements, claim }: Fixture, text = TEXT): RecordFiles {
  return {
    entities: [{ file: 'data/entities/core.json', json: ENTITIES }],
    sources: [{ file: 'data/sources/a.json', json: { source, statements } }],
    claims: [{ file: 'data/claims/c.json', json: [claim] }],
    texts: new Map([['a.txt', text]]),
  };
}

/** Breaks one thing in a fresh valid record and returns what the validator says, as "file: entry: reason". */
function reasonsAfter(edit: (fixture: Fixture & { statement: Statement }) => void, text = TEXT): string[] {
  const fixture = validFixture();
  edit({ ...fixture, statement: fixture.statements[0] as Statement });
  return validateRecord(filesOf(fixture, text)).errors.map((e) => `${e.file}: ${e.entry}: ${e.reason}`);
}

/** The validator reads untyped JSON; tests that add or remove fields go through this view. */
const loose = (entry: object) => entry as { [field: string]: unknown };

describe('validateRecord', () => {
  test('accepts a valid record', () => {
    const { corpus, errors } = validateRecord(filesOf(validFixture()));
    expect(errors).toEqual([]);
    expect(corpus.statements).toHaveLength(1);
    expect(corpus.claims).toHaveLength(1);
  });

  test('unknown field', () => {
    expect(
      reasonsAfter((f) => {
        loose(f.statement).mood = 'grim';
      }),
    ).toEqual(['data/sources/a.json: a/01: unknown field "mood"']);
  });

  test('missing required field', () => {
    expect(
      reasonsAfter((f) => {
        delete loose(f.statement).speaker;
      }),
    ).toEqual(['data/sources/a.json: a/01: missing required field "speaker"']);
  });

  test('duplicate id', () => {
    const reasons = reasonsAfter((f) => {
      f.statements.push({ ...f.statement });
    });
    expect(reasons).toEqual(['data/sources/a.json: a/01: duplicate id (also in data/sources/a.json)']);
  });

  test('dangling references: speaker, reporter, source, evidence, endedBy', () => {
    const reasons = reasonsAfter((f) => {
      f.statement.speaker = 'nobody';
      f.statement.reportedBy = ['ghost-agency'];
      f.claim.evidence = [{ statement: 'a/99', stance: 'supports' }];
      f.claim.endedBy = ['a/98'];
      f.claim.holds = { until: '2024-06-12' };
    });
    expect(reasons).toEqual([
      'data/sources/a.json: a/01: unknown entity "nobody"',
      'data/sources/a.json: a/01: unknown entity "ghost-agency"',
      'data/claims/c.json: kremlin-regrets: evidence names unknown statement "a/99"',
      'data/claims/c.json: kremlin-regrets: endedBy names unknown statement "a/98"',
      'data/sources/a.json: a/01: is linked to no claim: link it as evidence, or say why it is context in "background"',
    ]);
    expect(
      reasonsAfter((f) => {
        f.statement.source = 'b';
      }),
    ).toEqual(['data/sources/a.json: a/01: unknown source "b"']);
  });

  test('impossible and badly formed dates', () => {
    expect(
      reasonsAfter((f) => {
        f.statement.said.date = '2023-02-30';
      }),
    ).toEqual(['data/sources/a.json: a/01: field "said" field "date" is not a real date: 2023-02-30']);
    expect(
      reasonsAfter((f) => {
        f.statement.said.date = '14/11/2023';
      }),
    ).toEqual([
      'data/sources/a.json: a/01: field "said" field "date" must be a date YYYY-MM-DD, got "14/11/2023"',
    ]);
    expect(
      reasonsAfter((f) => {
        f.statement.said = { date: '2023-11-14', precision: 'month' };
      }),
    ).toEqual(['data/sources/a.json: a/01: field "said" with precision "month" the day must be 01']);
    expect(
      reasonsAfter((f) => {
        f.claim.holds = { from: '2024-06-12', until: '2023-11-14' };
      }),
    ).toEqual([
      'data/claims/c.json: kremlin-regrets: field "holds" from 2024-06-12 is after until 2023-11-14',
    ]);
    expect(
      reasonsAfter((f) => {
        f.statement.said.date = '2023-11-20';
      }),
    ).toEqual(['data/sources/a.json: a/01: said on 2023-11-20, after its source was published (2023-11-14)']);
  });

  test('a quote that is not verbatim in the archived text', () => {
    expect(
      reasonsAfter((f) => {
        f.statement.text = 'regrets deeply';
      }),
    ).toEqual(['data/sources/a.json: a/01: text is not verbatim in a.txt: "regrets deeply"']);
    // Straight quotes where the source has curly ones are not verbatim either.
    expect(
      reasonsAfter((f) => {
        f.statement.text = 'it "regrets"';
      }),
    ).toHaveLength(1);
  });

  test('a source without URL or date', () => {
    expect(
      reasonsAfter((f) => {
        delete loose(f.source).url;
      }),
    ).toEqual(['data/sources/a.json: a: missing required field "url"']);
    expect(
      reasonsAfter((f) => {
        f.source.url = 'example.org/a';
      }),
    ).toEqual(['data/sources/a.json: a: field "url" must be an http(s) URL']);
    expect(
      reasonsAfter((f) => {
        delete loose(f.source).published;
      }),
    ).toEqual(['data/sources/a.json: a: missing required field "published"']);
  });

  test('contradicting evidence needs the dispute or the change over time explained', () => {
    expect(
      reasonsAfter((f) => {
        f.claim.evidence.push({ statement: 'a/01', stance: 'contradicts' });
      }),
    ).toEqual([
      'data/claims/c.json: kremlin-regrets: has supporting and contradicting evidence but neither a "disputed" explanation nor "endedBy"',
    ]);
  });

  test('excluded text must be in the source', () => {
    expect(
      reasonsAfter((f) => {
        f.source.excluded = [{ text: 'Subscribe now', reason: 'furniture' }];
      }),
    ).toEqual(['data/sources/a.json: a: excluded text is not in the archived text: "Subscribe now"']);
  });

  test('reports every problem at once, not only the first', () => {
    const reasons = reasonsAfter((f) => {
      loose(f.statement).kind = 'rumour';
      loose(f.claim).supportingPhrasings = 'not a list';
    });
    expect(reasons).toHaveLength(2);
  });
});

describe('the record says what its sources say (issue 19)', () => {
  const outletsOwn = (f: Fixture & { statement: Statement }) => {
    f.statement.speaker = 'outlet';
    f.statement.setting = 'news report';
    f.statement.reportedBy = [];
  };

  test('every statement is evidence for a claim, or background with a reason', () => {
    const extra = (f: Fixture) => {
      f.statements.push({ ...(f.statements[0] as Statement), id: 'a/02' });
    };
    expect(reasonsAfter(extra)).toEqual([
      'data/sources/a.json: a/02: is linked to no claim: link it as evidence, or say why it is context in "background"',
    ]);
    expect(
      reasonsAfter((f) => {
        extra(f);
        (f.statements[1] as Statement).background = 'A rhetorical question.';
      }),
    ).toEqual([]);
    expect(
      reasonsAfter((f) => {
        f.statement.background = 'Context.';
      }),
    ).toEqual(['data/sources/a.json: a/01: is marked background but is evidence for kremlin-regrets']);
  });

  test("an outlet's own statement is dated to publication, as a news report without a chain", () => {
    expect(reasonsAfter(outletsOwn)).toEqual([]);
    expect(
      reasonsAfter((f) => {
        outletsOwn(f);
        f.statement.said = { date: '2023-11-01', precision: 'month' };
        f.statement.setting = 'parliament';
      }),
    ).toEqual([
      `data/sources/a.json: a/01: the outlet's own statement is dated to its publication (2023-11-14, day), not 2023-11-01 (month); put the date of the event it reports in "about"`,
      `data/sources/a.json: a/01: the outlet's own statement has setting "news report", not "parliament"`,
    ]);
    expect(
      reasonsAfter((f) => {
        outletsOwn(f);
        f.statement.about = { date: '2023-11-01', precision: 'month' };
      }),
    ).toEqual([]);
    expect(
      reasonsAfter((f) => {
        f.statement.about = { date: '2023-11-01', precision: 'month' };
      }),
    ).toEqual([
      `data/sources/a.json: a/01: "about" is only for an outlet's own statements; "said" dates the others`,
    ]);
    expect(
      reasonsAfter((f) => {
        f.source.outlet = 'Another Outlet';
      }),
    ).toEqual(['data/sources/a.json: a: outlet "Another Outlet" is the name of no entity']);
  });

  test('a source that carries another outlet’s reporting ends every other chain with it', () => {
    expect(
      reasonsAfter((f) => {
        f.source.reportsFrom = 'tass';
      }),
    ).toEqual([]);
    expect(
      reasonsAfter((f) => {
        f.source.reportsFrom = 'tass';
        f.statement.reportedBy = [];
      }),
    ).toEqual([
      `data/sources/a.json: a/01: its source carries tass's reporting, so its reporting chain ends with "tass" (has [])`,
    ]);
  });

  test('evidence fits when the claim holds, or the claim says how it changed', () => {
    expect(
      reasonsAfter((f) => {
        f.claim.holds = { from: '2023-11-20' };
      }),
    ).toEqual([
      'data/claims/c.json: kremlin-regrets: supporting a/01 (said 2023-11-14) was said before the claim holds (from 2023-11-20)',
    ]);
    const contradictedLater = (f: Fixture & { statement: Statement }) => {
      f.statements.push({ ...f.statement, id: 'a/02', said: { date: '2023-11-14', precision: 'day' } });
      f.statement.said = { date: '2023-11-10', precision: 'day' };
      f.claim.evidence.push({ statement: 'a/02', stance: 'contradicts' });
      f.claim.holds = { until: '2023-11-20' };
      f.claim.endedBy = ['a/02'];
    };
    expect(reasonsAfter(contradictedLater)).toEqual([
      'data/claims/c.json: kremlin-regrets: contradicting a/02 (said 2023-11-14) falls while the claim holds: say how it holds over time (end it earlier, mark it "changing", or "disputed")',
      'data/claims/c.json: kremlin-regrets: endedBy a/02 (said 2023-11-14) was not said on the day the claim ended (2023-11-20)',
    ]);
    expect(
      reasonsAfter((f) => {
        contradictedLater(f);
        f.claim.endedBy = [];
        f.claim.changing = { since: '2023-11-14', by: ['a/02'], why: 'It was giving way.' };
      }),
    ).toEqual([]);
    expect(
      reasonsAfter((f) => {
        contradictedLater(f);
        f.claim.holds = { until: '2023-11-14' };
        f.claim.endedBy = ['a/02'];
      }),
    ).toEqual([]);
  });

  test('places, dates and numbers in a claim come from its statements', () => {
    const says = (text: string) => (f: Fixture) => {
      f.claim.supportingPhrasings = [text];
    };
    // Minsk lies in Belarus: the broader place is implied, as are the said date and the text's own.
    expect(
      reasonsAfter(says('The Kremlin regretted the two decisions in Belarus on 14 November 2023')),
    ).toEqual([]);
    expect(reasonsAfter(says('The Kremlin regretted the three decisions on 15 November'))).toEqual([
      'data/claims/c.json: kremlin-regrets: phrasing "The Kremlin regretted the three decisions on 15 November" names the date "15 November", which no linked statement gives',
      'data/claims/c.json: kremlin-regrets: phrasing "The Kremlin regretted the three decisions on 15 November" names the number 3, which no linked statement gives',
    ]);
    // Never narrowed: a source that says Belarus does not place it in Minsk.
    const inBelarus = 'The Kremlin said in Belarus that it “regrets” the two decisions. Share This Post On';
    expect(reasonsAfter(says('The Kremlin regretted it in Minsk'), inBelarus)).toEqual([
      'data/claims/c.json: kremlin-regrets: phrasing "The Kremlin regretted it in Minsk" names Minsk ("Minsk"), which no linked statement places it in',
    ]);
    // A season is never implied by a date.
    expect(reasonsAfter(says('The Kremlin regretted it in autumn 2023'))).toHaveLength(1);
  });

  test('a gist adds no place, date or number to its statement', () => {
    expect(
      reasonsAfter((f) => {
        f.statement.gist = 'The Kremlin, in Belarus, regrets the two decisions (14 November 2023).';
      }),
    ).toEqual([]);
    expect(
      reasonsAfter((f) => {
        f.statement.gist = 'The Kremlin regrets the decisions, to be taken on 20 November.';
      }),
    ).toEqual([
      'data/sources/a.json: a/01: its gist names the date "20 November", which its statement does not give',
    ]);
  });

  test('entity rules: within names a place, contextual aliases are near known names', () => {
    const files = filesOf(validFixture());
    const entities = files.entities[0]?.json as { [field: string]: unknown }[];
    entities.push(
      {
        id: 'yerevan',
        kind: 'place',
        name: 'Yerevan',
        within: 'nowhere',
        aliases: { en: [], ru: [], hy: [] },
      },
      {
        id: 'pm',
        kind: 'person',
        name: 'The PM',
        aliases: { en: ['PM'], ru: [], hy: [] },
        contextual: { near: ['ghost'], aliases: { en: ['PM'], ru: [], hy: [] } },
      },
    );
    expect(validateRecord(files).errors.map((e) => `${e.entry}: ${e.reason}`)).toEqual([
      'yerevan: "within" names no place: "nowhere"',
      'pm: contextual "near" names unknown entity "ghost"',
      'pm: "PM" is both a plain and a contextual alias',
    ]);
  });
});
