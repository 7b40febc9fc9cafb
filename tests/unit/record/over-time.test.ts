import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { entriesIn } from '../../../src/record/list-file';
import { readRecordFiles } from '../../../src/record/read-files';
import { validateRecord } from '../../../src/record/validate';

// The audit's case on the real record: "Armenia has announced no plans to leave the CSTO" held until
// 12 June 2024, but Pashinyan signaled his readiness to leave on 28 February. Linked to the claim,
// that readiness must come with a word on how the claim held meanwhile, or the record is refused.
const dataDir = fileURLToPath(new URL('../../../data', import.meta.url));
type ClaimJson = { id: string; changing?: object; holds: { until?: string } };

function withNoPlans(edit: (claim: ClaimJson) => void): string[] {
  const { files } = readRecordFiles(dataDir);
  for (const { json } of files.claims) {
    for (const claim of entriesIn<ClaimJson>(json, 'claims') ?? [])
      if (claim.id === 'armenia-no-plans-to-leave-csto') edit(claim);
  }
  return validateRecord(files).errors.map((e) => `${e.entry}: ${e.reason}`);
}

test('the readiness to leave, linked without "changing", is refused', () => {
  expect(
    withNoPlans((claim) => {
      delete claim.changing;
    }),
  ).toEqual([
    'armenia-no-plans-to-leave-csto: contradicting massispost-2024-02-28/01 (said 2024-02-28) falls while the claim holds: say how it holds over time (end it earlier, mark it "changing", or "disputed")',
    'armenia-no-plans-to-leave-csto: contradicting panarmenian-2024-06-13/13 (said 2024-01-01, year) falls while the claim holds: say how it holds over time (end it earlier, mark it "changing", or "disputed")',
  ]);
});

test('as the record has it, the claim says how it held over time', () => {
  expect(withNoPlans(() => {})).toEqual([]);
});
