import type { Verdict } from '../engine';

/** The words a reader sees for each verdict: the one place they are defined. */
export const VERDICT_WORDS: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  conflicting: 'Conflicting',
  disputed: 'Disputed',
  related: 'Related',
  none: 'Not in the record',
};

// The glyph repeats the colour's meaning for readers who cannot tell the colours apart.
const GLYPHS: Record<Verdict, string> = {
  corroborated: '✓',
  conflicting: '✗',
  disputed: '⇄',
  related: '≈',
  none: '·',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{GLYPHS[verdict]}</span> {VERDICT_WORDS[verdict]}
    </span>
  );
}
