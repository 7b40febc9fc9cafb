// The labelled sentence every set is made of: the shape of eval/claims.*.jsonl, which the
// generated sets share so one scorer reads them all.

export type GoldVerdict = 'supported' | 'contradicted' | 'not_in_corpus' | 'none';

export interface LabelledSentence {
  id: string;
  lang: string;
  text: string;
  page_date: string;
  verdict: GoldVerdict;
  evidence_seeds: string[];
  kind?: string;
}

/** A generated sentence, with where it came from and what the engine said of its base. */
export interface GeneratedSentence extends LabelledSentence {
  kind: string;
  base: string;
  baseVerdict: string;
  change: string;
  claim: string;
}

const VERDICTS: readonly string[] = ['supported', 'contradicted', 'not_in_corpus', 'none'];

/** Reads a JSONL set; a malformed line is named with its number, and nothing is half-read. */
export function parseLabelledSet(text: string, name: string): LabelledSentence[] {
  const rows: LabelledSentence[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new Error(`${name}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    const { id, lang, text: sentence, page_date: pageDate, verdict, evidence_seeds: seeds, kind } = row;
    if (typeof id !== 'string' || typeof sentence !== 'string' || typeof pageDate !== 'string') {
      throw new Error(`${name}:${i + 1}: needs string "id", "text" and "page_date"`);
    }
    if (typeof verdict !== 'string' || !VERDICTS.includes(verdict)) {
      throw new Error(`${name}:${i + 1}: "verdict" must be one of ${VERDICTS.join(', ')}`);
    }
    rows.push({
      id,
      lang: typeof lang === 'string' ? lang : 'en',
      text: sentence,
      page_date: pageDate,
      verdict: verdict as GoldVerdict,
      evidence_seeds: Array.isArray(seeds) ? seeds.filter((s): s is string => typeof s === 'string') : [],
      ...(typeof kind === 'string' ? { kind } : {}),
    });
  });
  return rows;
}
