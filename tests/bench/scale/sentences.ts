import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimSentences, sourceParagraphs } from '../pages/claim-text';
import { REPO_ROOT } from '../paths';

/**
 * The sentences the engine checks against the large record: the development set (eval/) when it is
 * there (real sentences from news pages, with their page dates), else the claim sentences of the
 * five source texts. Either way sentences a page would really send.
 */
export function scaleSentences(): { text: string; pageDate: string | undefined }[] {
  const dev = join(REPO_ROOT, 'eval', 'claims.dev.jsonl');
  if (existsSync(dev)) {
    return readFileSync(dev, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text: string; page_date?: string })
      .map(({ text, page_date }) => ({ text, pageDate: page_date }));
  }
  return sourceParagraphs()
    .flatMap(claimSentences)
    .map((text) => ({ text, pageDate: '2024-12-15' }));
}
