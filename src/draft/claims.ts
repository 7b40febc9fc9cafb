import type { Engine } from '../engine/types';
import type { ClaimFinder, ClaimProposal } from './draft';

// The claims a statement most likely bears on, as the engine reads it on the article's date: the
// decided ones with their direction, else up to two related ones for the reviewer to consider.
const STANCES = { corroborates: 'supports', conflicts: 'contradicts', related: 'related' } as const;
const MOST = 3;

export function claimFinder(engine: Engine): ClaimFinder {
  const claimText = new Map(engine.record.claims.map((c) => [c.id, c.text]));
  return (text, pageDate) => {
    const result = engine.check(text, { pageDate });
    const seen = new Set<string>();
    const out: ClaimProposal[] = [];
    for (const evidence of result.evidence) {
      const claim = evidence.claimId;
      if (!claim || seen.has(claim)) continue;
      seen.add(claim);
      out.push({ claim, stance: STANCES[evidence.stance], text: claimText.get(claim) ?? '' });
    }
    const decided = out.filter((p) => p.stance !== 'related');
    return (decided.length > 0 ? decided : out.slice(0, 2)).slice(0, MOST);
  };
}
