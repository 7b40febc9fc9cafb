import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claimFinder } from '../draft/claims';
import { draftSource } from '../draft/draft';
import { type DraftScore, scoreDraft } from '../draft/score';
import { engineOverData } from './record-engine';

// npm run --silent record -- draft-measure: drafts each of the record's own texts as if it were new
// and compares the draft with its hand-built statements (src/draft/score.ts). The record's claims
// include these texts' own, so the claims proposed here are not a measure; speakers and dates are.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pct = (n: number, of: number) => (of === 0 ? '-' : `${Math.round((100 * n) / of)}%`);

export async function runDraftMeasure(): Promise<void> {
  const engine = engineOverData(join(root, 'data'));
  const { record } = engine;
  const total: DraftScore = {
    statements: 0,
    found: 0,
    quotes: 0,
    quotesFound: 0,
    rightSpeaker: 0,
    rightDate: 0,
    proposed: 0,
  };
  const noClaims = () => [];
  console.log(
    'source                                   statements  found  quotes found  right speaker  right date  proposed',
  );
  for (const source of record.sources) {
    const draft = draftSource(
      record.texts[source.id] ?? '',
      {
        url: source.url,
        published: source.published.date,
        precision: source.published.precision,
        outlet: source.outlet,
        language: source.language,
      },
      record.entities,
      process.argv.includes('--claims') ? claimFinder(engine) : noClaims,
    );
    const gold = record.statements.filter((s) => s.source === source.id);
    const score = scoreDraft(gold, draft.statements);
    for (const key of Object.keys(total) as (keyof DraftScore)[]) total[key] += score[key];
    console.log(line(source.id, score));
  }
  console.log(line('all five', total));
}

function line(name: string, s: DraftScore): string {
  return [
    name.padEnd(40),
    String(s.statements).padStart(10),
    `${s.found} (${pct(s.found, s.statements)})`.padStart(11),
    `${s.quotesFound}/${s.quotes}`.padStart(13),
    `${s.rightSpeaker} (${pct(s.rightSpeaker, s.found)})`.padStart(14),
    `${s.rightDate} (${pct(s.rightDate, s.found)})`.padStart(11),
    String(s.proposed).padStart(9),
  ].join(' ');
}
