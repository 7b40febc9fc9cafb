import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { RECORD_ENTITIES } from '../../../src/engine/lexicon/gazetteer';
import { entityMentions } from '../../../src/record/aliases';
import { entriesIn } from '../../../src/record/list-file';
import { readRecordFiles } from '../../../src/record/read-files';
import { realEngine } from './real-engine';

// The engine names what the record names, by the record's own aliases and rules (contextual names,
// notWithin, cities within their countries), with the engine's extra knowledge on top.

const analyzer = () => realEngine().analyzer;
const ids = (text: string) =>
  analyzer()
    .analyze(text)
    .entities.map((e) => e.id);

test("the record's cities are entities of their own, inside their countries", () => {
  const cities = {
    yerevan: 'armenia',
    moscow: 'russia',
    baku: 'azerbaijan',
    paris: 'france',
    dushanbe: 'tajikistan',
    kyiv: 'ukraine',
    washington: 'united-states',
  };
  for (const [city, country] of Object.entries(cities)) {
    expect(analyzer().entities.get(city)?.within).toBe(country);
    expect(analyzer().samePlace(city, country)).toBe(true);
  }
  // Both spellings of Yerevan's letter "և" are the record's aliases.
  for (const text of ['Երեւանը պատասխանեց', 'Երևանը պատասխանեց', 'В Ереване заявили', 'Yerevan replied']) {
    expect(ids(text)).toEqual(['yerevan']);
    expect(analyzer().analyze(text).terms).toContain('e:armenia');
  }
});

test('a city the news names for its state speaks as it', () => {
  expect(analyzer().compatible('moscow', 'kremlin')).toBe(true);
  expect(analyzer().compatible('moscow', 'zakharova')).toBe(true);
  expect(analyzer().compatible('yerevan', 'pashinyan')).toBe(true);
  expect(analyzer().compatible('moscow', 'pashinyan')).toBe(false);
});

test('a name the record gives to a state and to its voice names the voice', () => {
  expect(ids('The Kremlin said nothing.')).toEqual(['kremlin']);
  expect(ids('Кремль промолчал.')).toEqual(['kremlin']);
});

test('a contextual name counts only beside one of its near entities', () => {
  expect(ids('The prime minister said Armenia would not attend.')).toContain('pashinyan');
  const elsewhere = analyzer().analyze("Azerbaijan's prime minister said the talks would go on.");
  expect(elsewhere.entities.map((e) => e.id)).not.toContain('pashinyan');
  expect(elsewhere.terms).not.toContain('e:pashinyan');
  expect(elsewhere.speaker?.id ?? null).not.toBe('pashinyan');
  expect(ids('Grigoryan skipped the CIS meeting.')).toContain('grigoryan');
  expect(ids('Grigoryan opened a bakery.')).not.toContain('grigoryan');
});

test('a name inside a longer name of something else names nobody', () => {
  expect(ids('Talks on the West Bank went on.')).not.toContain('west');
  expect(ids('Armenia turned to the West.')).toContain('west');
});

test('the engine reads every entity file of the record', () => {
  const { files } = readRecordFiles(fileURLToPath(new URL('../../../data', import.meta.url)));
  const recordIds = files.entities.flatMap(({ json }) =>
    (entriesIn<{ id: string }>(json, 'entities') ?? []).map((e) => e.id),
  );
  expect(RECORD_ENTITIES.map((e) => e.id).sort()).toEqual(recordIds.sort());
});

test("whatever the record's alias rules find in its own texts, the engine finds too", () => {
  const { record } = realEngine();
  const events = new Set(record.entities.filter((e) => e.kind === 'event').map((e) => e.id));
  const missed: string[] = [];
  for (const text of [...record.claims.map((c) => c.text), ...record.statements.map((s) => s.text)]) {
    const found = analyzer().analyze(text).entities;
    for (const m of entityMentions(text, record.entities)) {
      if (events.has(m.entity) || found.some((e) => e.id === m.entity)) continue;
      // Or a longer name there that holds it ("President of Belarus" is Lukashenko, "Russia-led
      // alliance" the CSTO), or a narrower voice for it ("the Kremlin" speaking for Russia).
      const here = found.filter((e) => e.start <= m.start && m.end <= e.end);
      if (here.some((e) => e.end - e.start > m.end - m.start || analyzer().compatible(e.id, m.entity)))
        continue;
      missed.push(`${m.entity} "${m.alias}" in ${text}`);
    }
  }
  // "U.S." is two words to the tokenizer, across a full stop that ends a clause: a known gap.
  expect(missed.filter((m) => !m.startsWith('united-states "U.S."'))).toEqual([]);
});
