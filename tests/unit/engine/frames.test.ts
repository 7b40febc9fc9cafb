import { expect, test } from 'vitest';
import { blankFrames } from '../../../src/engine/text/frames';
import { realEngine } from './real-engine';

test('datelines, lead-ins and attribution tails are blanked, offsets kept', () => {
  const cases: [string, string][] = [
    ['YEREVAN, Armenia (AP) — Lavrov said so.', 'Lavrov said so.'],
    ['MOSCOW (Reuters) - Lavrov said so.', 'Lavrov said so.'],
    ['ЕРЕВАН, 14 ноя — РИА Новости. Лавров так сказал.', 'Лавров так сказал.'],
    ['ԵՐԵՎԱՆ, Արմենպրես։ Լավրովն այդպես ասաց։', 'Լավրովն այդպես ասաց։'],
    ['According to Reuters, Lavrov said so.', 'Lavrov said so.'],
    ['Lavrov said so, the Interfax news agency reported.', 'Lavrov said so .'],
    ['Lavrov said so, local media reported.', 'Lavrov said so .'],
    ['Лавров так сказал, сообщили местные СМИ.', 'Лавров так сказал .'],
    ['Лавров так сказал, передает агентство Интерфакс.', 'Лавров так сказал .'],
    ['Լավրովն այդպես ասաց, հայտնում են տեղական լրատվամիջոցները։', 'Լավրովն այդպես ասաց ։'],
    // TASS's dateline, the outlet's own lead-ins, a quoted outlet, a day before the verb.
    ['ЕРЕВАН, 3 июня. /ТАСС/. Лавров так сказал.', 'Лавров так сказал.'],
    ['МИНСК, 1 марта. /ТАСС/. Лавров так сказал.', 'Лавров так сказал.'],
    ['AFP reported that Lavrov said so.', 'Lavrov said so.'],
    ['State media said Lavrov said so.', 'State media said Lavrov said so.'],
    ['As Interfax reported, Lavrov said so.', 'Lavrov said so.'],
    ['Как пишет «Известия», Лавров так сказал.', 'Лавров так сказал.'],
    ['Лавров так сказал, сообщает «Коммерсантъ».', 'Лавров так сказал .'],
    ['Lavrov said so, according to local media.', 'Lavrov said so .'],
    ['Լավրովն այդպես ասաց, ուրբաթ օրը հայտնել են տեղական լրատվամիջոցները։', 'Լավրովն այդպես ասաց ։'],
    // An outlet between commas relays the words: the speaker is who stands before it.
    ['Lavrov, quoted by Interfax, said so.', 'Lavrov said so.'],
    ['Lavrov, according to RIA Novosti, said so.', 'Lavrov said so.'],
  ];
  for (const [framed, bare] of cases) {
    const blanked = blankFrames(framed);
    expect(blanked.length, framed).toBe(framed.length);
    expect(blanked.replace(/\s+/g, ' ').trim(), framed).toBe(bare);
  }
  // Not frames: a bloc in capitals, a tail that says something.
  expect(blankFrames('CSTO — the Russia-led bloc — met in Minsk.')).toBe(
    'CSTO — the Russia-led bloc — met in Minsk.',
  );
  expect(blankFrames('Armenia froze its membership, Pashinyan said.')).toBe(
    'Armenia froze its membership, Pashinyan said.',
  );
  expect(blankFrames('Pashinyan, according to Lavrov, said so.')).toBe(
    'Pashinyan, according to Lavrov, said so.',
  );
});

// Before frames were blanked, a tail of unknown words lowered how much of the sentence the record
// explains, and decided verdicts fell to Related (and a lost conflict could leave a corroboration).
test('a frame never changes a verdict', () => {
  const { engine } = realEngine();
  const sentences: [string, string][] = [
    ['Pashinyan did not attend the CSTO summit in Minsk.', '2023-11-24'],
    ['Pashinyan attended the CSTO summit in Minsk on 23 November 2023.', '2023-11-24'],
    ['Lukashenko urged Pashinyan to hurry up and take a decision quickly.', '2023-11-15'],
    ['Пашинян заявил, что Армения де-юре заморозила членство в ОДКБ.', '2024-03-01'],
  ];
  const frames = [
    (s: string) => `YEREVAN, Armenia (AP) — ${s}`,
    (s: string) => `MOSCOW (Reuters) - ${s}`,
    (s: string) => s.replace(/\.$/, ', the Interfax news agency reported.'),
    (s: string) => s.replace(/\.$/, ', local media reported on Tuesday.'),
    (s: string) => s.replace(/\.$/, ', сообщили местные СМИ.'),
  ];
  for (const [sentence, pageDate] of sentences) {
    const verdict = engine.check(sentence, { pageDate }).verdict;
    expect(['corroborated', 'conflicting'], sentence).toContain(verdict);
    for (const frame of frames) {
      const framed = frame(sentence);
      expect(engine.check(framed, { pageDate }).verdict, framed).toBe(verdict);
    }
  }
});
