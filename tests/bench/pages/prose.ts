// Plausible news prose that names neither the CSTO nor Pashinyan: the filler between claims in the
// claim-dense pages. Written for this bench; a seeded generator keeps every run's pages identical.

import { type Rng, seededRng } from '../../support/seeded-rng';

export { type Rng, seededRng };

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

const WHO = [
  'the finance ministry',
  'the central bank',
  'the national statistics office',
  'a spokesman for the transport ministry',
  'the mayor of Gyumri',
  'officials in Vanadzor',
  'the energy regulator',
  'a group of independent economists',
  'the parliamentary budget committee',
  'the chamber of commerce',
  'local farmers in the Ararat valley',
  'the state railway company',
];
const SAID = [
  'said on Monday',
  'told reporters',
  'wrote in a report published this week',
  'confirmed',
  'estimated',
];
const WHAT = [
  'that inflation had slowed to its lowest level in three years',
  'that remittances from abroad fell by about a tenth in the first half of the year',
  'that the new highway section would open before the winter',
  'that wheat yields were better than expected despite a dry spring',
  'that electricity tariffs would stay unchanged until the end of the year',
  'that tourist arrivals had doubled compared with the same months last year',
  'that the rail link to the Georgian border needed urgent repairs',
  'that small businesses were struggling to find skilled workers',
  'that a third of the national budget would go to social programmes',
  'that the drought had cut water levels in Lake Sevan again',
  'that exports of brandy and mineral water had reached a record',
  'that the number of software companies registered in the capital kept growing',
];
const CONTEXT = [
  'Analysts cautioned that the figures could be revised once the full data were in.',
  'The opposition said the numbers hid deep regional differences.',
  'Shop owners in the capital described a quieter summer than the statistics suggest.',
  'Most of the growth came from services, not from industry.',
  'Similar trends have been reported across the South Caucasus.',
  'The plan still needs the approval of parliament, which meets again in September.',
  'Critics noted that similar promises had been made before the last election.',
  'Prices for fuel and bread have nevertheless kept rising in the provinces.',
  'Engineers said the work would cause delays on several roads for months.',
  'Banks have responded by raising the interest they pay on deposits.',
  'Farmers asked for help with irrigation rather than new subsidies.',
  'The report did not say how the new spending would be financed.',
];
const SCENE = [
  'In the markets of the old town, traders were more worried about the weather than about politics.',
  'Queues formed outside the passport office as families prepared for travel abroad.',
  'At the university, students debated the merits of the new curriculum late into the evening.',
  'The city council approved plans for a new park along the river embankment.',
  'A festival of classical music drew thousands of visitors to the mountain resort of Dilijan.',
  'Construction cranes have become a familiar sight on the northern edge of the capital.',
  'Several villages along the border still wait for a reliable supply of drinking water.',
  'Teachers in rural schools said they needed better heating more than new textbooks.',
];

const sentence = (rng: Rng) => {
  const who = pick(rng, WHO);
  return `${who[0]?.toUpperCase()}${who.slice(1)} ${pick(rng, SAID)} ${pick(rng, WHAT)}.`;
};

/** One paragraph of three to five sentences, none of which mentions the CSTO or Pashinyan. */
export function fillerParagraph(rng: Rng): string {
  const parts = new Set([rng() < 0.3 ? pick(rng, SCENE) : sentence(rng)]);
  const size = 3 + Math.floor(rng() * 3);
  // A set, so no sentence repeats within a paragraph.
  while (parts.size < size) parts.add(rng() < 0.5 ? sentence(rng) : pick(rng, CONTEXT));
  return [...parts].join(' ');
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
