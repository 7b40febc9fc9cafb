import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { claimFinder } from '../draft/claims';
import { draftSource } from '../draft/draft';
import { isCalendarDate } from '../record/guards';
import type { Language } from '../record/types';
import { engineOverData } from './record-engine';

// npm run record -- draft ARTICLE.txt --url URL --date YYYY-MM-DD --outlet NAME
//   [--language en|ru|hy] [--headline TEXT] [--author NAME] [--out DIR]
// Writes DIR/<id>.json (the draft source file) and DIR/<id>.txt (the archived text), DIR being
// drafts/ by default: never data/, so nothing enters the record before a reviewer accepts it.

export const DRAFT_USAGE =
  'Usage: npm run record -- draft ARTICLE.txt --url URL --date YYYY-MM-DD --outlet NAME [--language en|ru|hy] [--headline TEXT] [--author NAME] [--out DIR]';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function fail(message: string): never {
  console.error(`${message}\n${DRAFT_USAGE}`);
  process.exit(2);
}

export async function runDraft(argv: string[]): Promise<void> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [article] = positionals;
  if (!article || positionals.length > 1) fail('Name one article text file.');
  if (!existsSync(article)) fail(`No such file: ${article}`);
  if (!values.url || !/^https?:\/\/\S+$/.test(values.url))
    fail('--url must be the article’s http(s) address.');
  if (!isCalendarDate(values.date)) fail('--date must be the publication date, YYYY-MM-DD.');
  if (!values.outlet?.trim()) fail('--outlet must name the outlet.');
  const language = (values.language ?? 'en') as Language;
  if (!['en', 'ru', 'hy'].includes(language)) fail('--language must be en, ru or hy.');
  const outDir = resolve(values.out ?? join(root, 'drafts'));
  if (relative(join(root, 'data'), outDir).split(/[\\/]/)[0] !== '..')
    fail('--out must be outside data/: a draft enters the record only once a reviewer accepts it.');

  const text = readFileSync(article, 'utf8');
  const engine = engineOverData(join(root, 'data'));
  const draft = draftSource(
    text,
    {
      url: values.url,
      published: values.date,
      outlet: values.outlet.trim(),
      language,
      headline: values.headline,
      author: values.author,
    },
    engine.record.entities,
    claimFinder(engine),
  );
  mkdirSync(outDir, { recursive: true });
  const jsonPath = join(outDir, `${draft.source.id}.json`);
  writeFileSync(jsonPath, `${JSON.stringify(draft, null, 2)}\n`);
  copyFileSync(article, join(outDir, draft.source.textFile));
  const unsure = draft.statements.filter((s) => s.draft.confidence !== 'high').length;
  console.log(
    `draft: ${draft.statements.length} statements (${unsure} to look at closely), ${draft.source.excluded.length} lines proposed for exclusion\n  ${relative(process.cwd(), jsonPath)}\n  ${relative(process.cwd(), join(outDir, draft.source.textFile))}\nReview it (docs/record.md), then move both into data/sources/ and run npm run record.`,
  );
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      date: { type: 'string' },
      outlet: { type: 'string' },
      language: { type: 'string' },
      headline: { type: 'string' },
      author: { type: 'string' },
      out: { type: 'string' },
    },
  });
}
