import type { BundledRecord, Claim, Entity, Source, Statement } from '../../../src/record/types';
import { pick, type Rng, seededRng } from '../pages/prose';

// A synthetic record the size a newsroom would grow to: the same schema as data/, with plausible
// statements built from templates (who said what about the CSTO, Armenia and its neighbours, where
// and when), a source per twenty statements, and claims with supporting and contradicting
// formulations and evidence. Generated on each run, never committed.

const FIRST = [
  'Armen',
  'Ani',
  'Davit',
  'Lilit',
  'Sergey',
  'Olga',
  'Ruben',
  'Mariam',
  'Igor',
  'Natalia',
  'Tigran',
  'Anna',
];
const LAST = [
  'Petrosyan',
  'Hakobyan',
  'Ivanov',
  'Sargsyan',
  'Kuznetsova',
  'Grigoryan',
  'Avetisyan',
  'Smirnov',
  'Harutyunyan',
];
const ROLES = [
  'deputy foreign minister',
  'member of parliament',
  'defence ministry spokesperson',
  'political analyst',
  'ambassador',
];
const OUTLETS = [
  'Azatutyun',
  'Armenpress',
  'CivilNet',
  'TASS',
  'BelTA',
  'Eurasianet',
  'PanARMENIAN.Net',
  'Massis Post',
  'News.am',
  'Interfax',
];
const CITIES = ['Minsk', 'Astana', 'Moscow', 'Yerevan', 'Bishkek', 'Dushanbe', 'Almaty', 'St Petersburg'];
const SETTINGS = [
  'parliament',
  'press conference',
  'briefing',
  'phone call',
  'interview',
  'news report',
  'summit',
];

interface Act {
  text: (where: string, when: string) => string;
  gist: string;
  claim: string;
  opposite: string;
}

const ACTS: Act[] = [
  {
    text: (w, d) => `Armenia will not take part in the CSTO summit in ${w} on ${d}`,
    gist: 'Armenia skips the CSTO summit',
    claim: 'Armenia skipped the CSTO summit in',
    opposite: 'Armenia attended the CSTO summit in',
  },
  {
    text: (w, d) =>
      `Yerevan has frozen its participation in the Collective Security Treaty Organization, as announced in ${w} on ${d}`,
    gist: 'Armenia freezes its CSTO participation',
    claim: 'Armenia froze its participation in the CSTO, announced in',
    opposite: 'Armenia resumed full participation in the CSTO, announced in',
  },
  {
    text: (w, d) =>
      `the alliance failed to respond to Armenia's request for help, a point repeated in ${w} on ${d}`,
    gist: 'the CSTO did not answer Armenia’s request for help',
    claim: 'The CSTO ignored Armenia’s request for help, said in',
    opposite: 'The CSTO answered Armenia’s request for help, said in',
  },
  {
    text: (w, d) => `Armenia will not host CSTO military exercises this year, officials said in ${w} on ${d}`,
    gist: 'Armenia declines to host CSTO exercises',
    claim: 'Armenia refused to host CSTO exercises, said in',
    opposite: 'Armenia agreed to host CSTO exercises, said in',
  },
  {
    text: (w, d) =>
      `Armenia has stopped paying its share of the CSTO budget, it was confirmed in ${w} on ${d}`,
    gist: 'Armenia stops paying CSTO dues',
    claim: 'Armenia stopped funding the CSTO, confirmed in',
    opposite: 'Armenia kept paying its CSTO dues, confirmed in',
  },
  {
    text: (w, d) =>
      `Moscow still counts Armenia as a full member of the bloc, according to remarks in ${w} on ${d}`,
    gist: 'Russia says Armenia remains a CSTO member',
    claim: 'Russia said Armenia remains a full CSTO member, in',
    opposite: 'Russia said Armenia is no longer a CSTO member, in',
  },
];

const CONTEXTS = [
  (place: string, n: number) => `during a visit to ${place}, where ${n} families still wait for new housing`,
  (place: string, n: number) => `after talks in ${place} that lasted ${n} minutes`,
  (place: string, n: number) => `citing the shelling near ${place} and ${n} damaged homes`,
  (place: string, n: number) => `as ${n} border guards were moved away from ${place}`,
  (place: string, n: number) => `in a speech to ${n} students in ${place}`,
  (place: string, n: number) => `while opening a road to ${place} that cost ${n} million drams`,
];
const SYLLABLES = [
  'ar',
  'ta',
  'shen',
  'gyu',
  'van',
  'dzor',
  'ka',
  'pan',
  'mar',
  'tun',
  'ber',
  'ne',
  'sis',
  'hov',
  'ash',
  'tar',
  'gor',
];

/** Village names from syllables: enough distinct words that the index's vocabulary grows like a real one. */
const placeName = (rng: Rng) => {
  const n = 2 + Math.floor(rng() * 3);
  const word = Array.from({ length: n }, () => pick(rng, SYLLABLES)).join('');
  return `${word[0]?.toUpperCase()}${word.slice(1)}`;
};

const isoDate = (rng: Rng) => {
  const day = Math.floor(rng() * 3 * 365);
  return new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "2023-11-14" as "14 November 2023" (by hand: Intl formatting 100,000 times costs seconds). */
const spoken = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

function syntheticPeople(rng: Rng, count: number): Entity[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
    return {
      id: `person-${i}`,
      kind: 'person' as const,
      name,
      role: pick(rng, ROLES),
      aliases: { en: [name, name.split(' ')[1] as string], ru: [], hy: [] },
    };
  });
}

export interface SyntheticOptions {
  statements: number;
  claims: number;
  seed?: number;
}

/** Builds the record in memory; `base` supplies the real entities, so the engine's names still apply. */
export function syntheticRecord(
  base: Entity[],
  { statements, claims, seed = 100 }: SyntheticOptions,
): BundledRecord {
  const rng = seededRng(seed);
  const people = syntheticPeople(rng, 400);
  const realSpeakers = base.filter((e) => e.kind === 'person').map((e) => e.id);
  const speakers = [...realSpeakers, ...people.map((p) => p.id)];
  const names = new Map([...base, ...people].map((e) => [e.id, e.name]));
  const outletIds = base.filter((e) => e.kind === 'organisation').map((e) => e.id);
  const sources: Source[] = [];
  const all: Statement[] = [];
  const texts: Record<string, string> = {};
  const perSource = 20;
  for (let s = 0; s * perSource < statements; s++) {
    const published = isoDate(rng);
    const id = `synthetic-${s}`;
    const outlet = pick(rng, OUTLETS);
    sources.push({
      id,
      textFile: `${id}.txt`,
      outlet,
      headline: `${outlet}: Armenia and the CSTO, report ${s}`,
      url: `https://example.org/${id}`,
      published: { date: published, precision: 'day' },
      author: null,
      via: null,
      language: 'en',
      excluded: [],
    });
    const lines: string[] = [];
    for (let k = 0; k < perSource && all.length < statements; k++) {
      const speaker = pick(rng, speakers);
      const act = pick(rng, ACTS);
      const when = isoDate(rng);
      const where = pick(rng, CITIES);
      const quote = rng() < 0.4;
      const who = names.get(speaker) ?? speaker;
      const context = pick(rng, CONTEXTS)(placeName(rng), 2 + Math.floor(rng() * 5_000));
      const text = quote
        ? `“${act.text(where, spoken(when))},” ${who} said ${context}.`
        : `${who} said, ${context}, that ${act.text(where, spoken(when))}.`;
      lines.push(text);
      all.push({
        id: `${id}/${String(k + 1).padStart(2, '0')}`,
        source: id,
        kind: quote ? 'quote' : 'report',
        text,
        speaker,
        said: { date: when, precision: 'day' },
        setting: pick(rng, SETTINGS),
        reportedBy: rng() < 0.3 && outletIds.length ? [pick(rng, outletIds)] : [],
        gist: `${who} on ${when}: ${act.gist} (${where}).`,
      });
    }
    texts[id] = lines.join('\n');
  }
  const claimList: Claim[] = Array.from({ length: claims }, (_, i) => {
    const act = ACTS[i % ACTS.length] as Act;
    const where = CITIES[i % CITIES.length] as string;
    const when = isoDate(rng);
    const evidence = Array.from({ length: 3 }, () => ({
      statement: (pick(rng, all) as Statement).id,
      stance: rng() < 0.8 ? ('supports' as const) : ('contradicts' as const),
    }));
    return {
      id: `synthetic-claim-${i}`,
      text: `${act.claim} ${where} on ${spoken(when)}.`,
      supportingPhrasings: [0, 1, 2, 3, 4].map(
        (k) => `${act.claim} ${where} (${k ? `report ${k}` : 'first report'}).`,
      ),
      contradictingPhrasings: [0, 1, 2, 3, 4].map(
        (k) => `${act.opposite} ${where} (${k ? `report ${k}` : 'first report'}).`,
      ),
      evidence,
      holds: { from: when },
    };
  });
  return { entities: [...base, ...people], sources, statements: all, claims: claimList, texts };
}
