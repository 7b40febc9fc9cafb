import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../paths';
import { triggerPatternSource } from '../trigger';

// The claim material: paragraphs of the five archived source texts (data/sources/*.txt), and
// sentences of our own in the same style, in English, Russian and Armenian.

/** Lines of the archived texts that are page furniture, not article text. */
const FURNITURE =
  /^(share this post on|\d+ comments?|leave a comment|you need to login|top stories|partner news|date \d{4}|by [A-Z][a-z]+ [A-Z]|the armenian mirror-spectator$|-+$)/i;

export function sourceParagraphs(): string[] {
  const dir = join(REPO_ROOT, 'data', 'sources');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const text = line.trim();
      // Headlines repeat; furniture and bylines are not prose.
      if (text.length < 40 || FURNITURE.test(text) || seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

/** Our own claims, written in the sources' style; some agree with the record, some do not. */
export const OWN_CLAIMS = [
  'Pashinyan did not attend the CSTO summit in Minsk in November 2023.',
  'Nikol Pashinyan attended the summit of the Collective Security Treaty Organization in Minsk.',
  'Armenia froze its participation in the CSTO in February 2024, Pashinyan told parliament.',
  'The Kremlin said it regretted the Armenian premier’s decision to skip the meeting.',
  'Pashinyan has announced no plans to leave the CSTO.',
  'Speaking in Yerevan, Pashinian said the alliance had failed to honour its obligations in 2021 and 2022.',
  'Пашинян заявил, что Армения заморозила участие в ОДКБ.',
  'Փաշինյանը հայտարարեց, որ Հայաստանը սառեցրել է մասնակցությունը ՀԱՊԿ-ին։',
];

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of `text` that name a trigger: what Receipts should check and highlight. */
export function claimSentences(text: string): string[] {
  const trigger = new RegExp(triggerPatternSource(), 'iu');
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => trigger.test(s));
}
