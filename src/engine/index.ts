export { createEngine } from './engine';
export { findMentions, type Mention, type MentionEntity, mayMention } from './mentions';
export type {
  CheckOptions,
  CheckResult,
  Engine,
  Evidence,
  EvidenceStance,
  Highlight,
  Verdict,
} from './types';
