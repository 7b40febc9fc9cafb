import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entriesIn } from '../../../src/record/list-file';

// A copy of data/ with HTML and script payloads in every kind of string the card, the popup and the
// sidebar show from the record: speakers' names and roles, outlets, headlines, authors, claims,
// statements' quotes (in the archived text too, so they stay verbatim), gists and settings. Each
// payload calls __xss('<where>') if it ever runs; a page that wants to know defines __xss.

export const payload = (where: string) =>
  ` <img src=x onerror=__xss('${where}-img')><script>__xss('${where}-script')</script>` +
  `<svg onload=__xss('${where}-svg')></svg><a href=javascript:__xss('${where}-a')>${where}</a>`;

type Json = { [key: string]: unknown };
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const write = (path: string, value: unknown) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Writes the poisoned copy of `dataDir` into `outDir` (which it creates). */
export function writeHostileRecord(dataDir: string, outDir: string): void {
  cpSync(dataDir, outDir, { recursive: true });
  const sourceFiles = readdirSync(join(outDir, 'sources')).filter((f) => f.endsWith('.json'));
  // A source's outlet is the name of an entity (the validator ties the two), so both get the payload.
  const outlets = new Set(sourceFiles.map((f) => (read(join(outDir, 'sources', f)).source as Json).outlet));
  for (const file of readdirSync(join(outDir, 'entities'))) {
    const path = join(outDir, 'entities', file);
    write(
      path,
      (entriesIn<Json>(read(path), 'entities') ?? []).map((e) => {
        if (e.kind === 'person')
          return { ...e, name: `${e.name}${payload('speaker')}`, role: `${e.role ?? ''}${payload('role')}` };
        return outlets.has(e.name) ? { ...e, name: `${e.name}${payload('outlet')}` } : e;
      }),
    );
  }
  for (const file of readdirSync(join(outDir, 'claims'))) {
    const path = join(outDir, 'claims', file);
    write(
      path,
      (entriesIn<Json>(read(path), 'claims') ?? []).map((c) => ({
        ...c,
        text: `${c.text}${payload('claim')}`,
      })),
    );
  }
  for (const file of sourceFiles) {
    const path = join(outDir, 'sources', file);
    const { source, statements, ...rest } = read(path) as { source: Json; statements: Json[] };
    const textPath = join(outDir, 'sources', source.textFile as string);
    let text = readFileSync(textPath, 'utf8');
    const poisoned = statements.map((s) => {
      const quote = s.text as string;
      // Only quotes that stand alone in the text, so appending to one cannot break another.
      const alone =
        text.indexOf(quote) === text.lastIndexOf(quote) &&
        !statements.some(
          (o) => o !== s && ((o.text as string).includes(quote) || quote.includes(o.text as string)),
        );
      if (alone) text = text.replace(quote, `${quote}${payload('quote')}`);
      return {
        ...s,
        text: alone ? `${quote}${payload('quote')}` : quote,
        gist: `${s.gist}${payload('gist')}`,
        // An outlet's own statements have the fixed setting "news report"; every other one is free text.
        setting:
          s.setting === null || s.setting === 'news report' ? s.setting : `${s.setting}${payload('setting')}`,
      };
    });
    writeFileSync(textPath, text);
    write(path, {
      ...rest,
      source: {
        ...source,
        outlet: `${source.outlet}${payload('outlet')}`,
        headline: `${source.headline ?? ''}${payload('headline')}`,
        author: `${source.author ?? ''}${payload('author')}`,
      },
      statements: poisoned,
    });
  }
}
