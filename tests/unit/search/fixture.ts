import type { BundledRecord, Entity, Statement } from '../../../src/record/types';

// A small record in the shape of the real one, written for these tests: the real record is still
// being annotated, and ranking and filter tests need a corpus that only changes when they do.

const entity = (
  id: string,
  kind: Entity['kind'],
  name: string,
  role: string,
  en: string[],
  ru: string[] = [],
  hy: string[] = [],
): Entity => ({
  id,
  kind,
  name,
  role,
  aliases: { en, ru, hy },
});

const ENTITIES: Entity[] = [
  entity(
    'pashinyan',
    'person',
    'Nikol Pashinyan',
    'Prime Minister of Armenia',
    ['Nikol Pashinyan', 'Pashinyan', 'Pashinian', 'prime minister of Armenia'],
    ['Пашинян', 'Пашиняна'],
    ['Փաշինյան', 'Փաշինյանը'],
  ),
  entity(
    'csto',
    'organisation',
    'Collective Security Treaty Organization (CSTO)',
    'Russia-led military alliance',
    ['CSTO', 'Collective Security Treaty Organization', 'ODKB'],
    ['ОДКБ'],
    ['ՀԱՊԿ', 'ՀԱՊԿ-ից'],
  ),
  entity(
    'peskov',
    'person',
    'Dmitry Peskov',
    'Spokesman for the Russian President',
    ['Dmitry Peskov', 'Peskov', 'Kremlin spokesman'],
    ['Песков'],
  ),
  entity('zakharova', 'person', 'Maria Zakharova', 'Russian Foreign Ministry spokeswoman', [
    'Maria Zakharova',
    'Zakharova',
  ]),
  entity('daily', 'organisation', 'The Daily Example', 'News outlet', ['The Daily Example']),
  entity('weekly', 'organisation', 'Weekly Example', 'News outlet', ['Weekly Example']),
];

const TEXT_A = [
  'Headline of the first article',
  'Pashinian will not attend the CSTO summit in Minsk, his office said on Tuesday. The call was brief.',
  'Kremlin spokesman Dmitry Peskov said Moscow regretted the decision. “Such meetings are useful,” Peskov added.',
  'Zakharova said the allies had answered every request from Yerevan.',
].join('\n');

const TEXT_B = [
  'Armenia has frozen its participation in the CSTO de facto, Pashinyan said in February.',
  'In June he told parliament: “We will leave.” Nobody asked when.',
  'By December he spoke of a point of no return.',
].join('\n');

const statement = (
  id: string,
  source: string,
  text: string,
  speaker: string,
  date: string,
  precision: Statement['said']['precision'],
  gist: string,
  kind: Statement['kind'] = 'quote',
): Statement => ({
  id,
  source,
  kind,
  text,
  speaker,
  said: { date, precision },
  setting: null,
  reportedBy: [],
  gist,
});

export const FIXTURE: BundledRecord = {
  entities: ENTITIES,
  sources: [
    {
      id: 'a',
      textFile: 'a.txt',
      outlet: 'The Daily Example',
      headline: 'Headline of the first article',
      url: 'https://daily.example/a',
      published: { date: '2023-11-14', precision: 'day' },
      author: null,
      via: null,
      language: 'en',
      excluded: [],
    },
    {
      id: 'b',
      textFile: 'b.txt',
      outlet: 'Weekly Example',
      headline: null,
      url: 'https://weekly.example/b',
      published: { date: '2024-12-12', precision: 'day' },
      author: null,
      via: null,
      language: 'en',
      excluded: [],
    },
  ],
  statements: [
    statement(
      'a/01',
      'a',
      'Pashinian will not attend the CSTO summit in Minsk, his office said on Tuesday.',
      'pashinyan',
      '2023-11-14',
      'day',
      'Pashinyan will skip the CSTO summit in Minsk on 23 November 2023.',
      'report',
    ),
    statement(
      'a/02',
      'a',
      'Kremlin spokesman Dmitry Peskov said Moscow regretted the decision.',
      'peskov',
      '2023-11-15',
      'day',
      'Peskov said the Kremlin regretted that Pashinyan would skip the summit.',
      'report',
    ),
    statement(
      'a/03',
      'a',
      'Such meetings are useful,',
      'peskov',
      '2023-11-15',
      'day',
      'Peskov said summits are a useful occasion to talk.',
    ),
    statement(
      'a/04',
      'a',
      'Zakharova said the allies had answered every request from Yerevan.',
      'zakharova',
      '2023-11-01',
      'month',
      'Zakharova denied that the allies ignored Armenia’s request for help.',
      'report',
    ),
    statement(
      'b/01',
      'b',
      'Armenia has frozen its participation in the CSTO de facto, Pashinyan said in February.',
      'pashinyan',
      '2024-02-22',
      'day',
      'Pashinyan said Armenia froze its CSTO membership de facto.',
      'report',
    ),
    statement(
      'b/02',
      'b',
      'We will leave.',
      'pashinyan',
      '2024-06-12',
      'day',
      'Pashinyan said Armenia will leave the CSTO.',
    ),
    statement(
      'b/03',
      'b',
      'By December he spoke of a point of no return.',
      'pashinyan',
      '2024-01-01',
      'year',
      'Pashinyan said Armenia’s break with the CSTO had passed the point of no return.',
      'report',
    ),
  ],
  claims: [
    {
      id: 'skips-minsk',
      text: 'Pashinyan declined to attend the CSTO summit in Minsk.',
      supportingPhrasings: ['Pashinyan will skip the Minsk summit'],
      contradictingPhrasings: ['Pashinyan attended the CSTO summit in Minsk'],
      evidence: [
        { statement: 'a/01', stance: 'supports' },
        { statement: 'a/02', stance: 'supports' },
      ],
      holds: { from: '2023-11-14' },
    },
    {
      id: 'allies-ignored-request',
      text: 'The CSTO allies ignored Armenia’s request for help.',
      supportingPhrasings: [],
      contradictingPhrasings: [],
      evidence: [{ statement: 'a/04', stance: 'contradicts' }],
      holds: {},
      disputed: 'Yerevan says the allies ignored its request; Moscow denies it.',
    },
    {
      id: 'no-plans-to-leave',
      text: 'Armenia has not announced plans to leave the CSTO.',
      supportingPhrasings: [],
      contradictingPhrasings: [],
      evidence: [{ statement: 'b/01', stance: 'supports' }],
      holds: { until: '2024-06-12' },
      endedBy: ['b/02'],
    },
  ],
  texts: { a: TEXT_A, b: TEXT_B },
};
