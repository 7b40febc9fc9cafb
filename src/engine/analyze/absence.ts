import type { Token } from '../text/tokenize';
import type { EntityMention, Pred } from './types';

// "the summit opened without Pashinyan", "саммит прошел без Пашиняна", "գագաթնաժողովն անցավ
// առանց Փաշինյանի", "Minsk to host CSTO leaders without Armenia's prime minister": a gathering
// held without someone is one they did not attend.

const WITHOUT = /^(?:without|без|առանց)$/;
const GATHERINGS = new Set(['summit', 'host', 'meet']);
/** How far the name may stand after "without" ("without Armenia's prime minister"). */
const NAME_GAP = 1;

/** Adds the attending a gathering "without" someone denies, when the sentence names none itself. */
export function absentWithout(
  tokens: Token[],
  preds: Pred[],
  entities: EntityMention[],
  attends: (entity: EntityMention) => boolean,
): void {
  if (preds.some((p) => p.concept === 'attend')) return;
  const gathering = preds.find((p) => GATHERINGS.has(p.concept) && p.polarity === 1);
  if (!gathering) return;
  for (const entity of entities) {
    if (entity.adjective || !attends(entity)) continue;
    const at = tokens.findLastIndex(
      (t, i) => i < entity.at && i >= entity.at - 1 - NAME_GAP && WITHOUT.test(t.norm),
    );
    if (at < 0 || at < gathering.last) continue;
    if (tokens.slice(gathering.last + 1, entity.at + 1).some((t) => t.breakBefore)) continue;
    preds.push({
      concept: 'attend',
      kind: 'event',
      polarity: -1,
      modality: gathering.modality,
      qualifier: null,
      past: gathering.past,
      agent: { id: entity.id, at: entity.at },
      patient: null,
      synthetic: true,
      at,
      last: entity.at,
      start: (tokens[at] as Token).start,
      end: entity.end,
    });
    return;
  }
}
