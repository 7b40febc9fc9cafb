import type { LabelledSet } from './evaluate';
import type { LabelledSentence } from './labelled';

/** The real set's two halves: odd ids to tune on, even ids held out (see eval/SOURCE.md). */
export function splitByIdParity(name: string, rows: readonly LabelledSentence[]): LabelledSet[] {
  const parity = (row: LabelledSentence) => {
    const digits = /(\d+)\D*$/.exec(row.id)?.[1];
    if (digits === undefined)
      throw new Error(`${name}: id ${JSON.stringify(row.id)} has no number to split on`);
    return Number(digits) % 2;
  };
  return [
    { name: `${name}-odd`, rows: rows.filter((r) => parity(r) === 1) },
    { name: `${name}-even`, rows: rows.filter((r) => parity(r) === 0) },
  ];
}
