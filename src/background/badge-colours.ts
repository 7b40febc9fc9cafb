import type { Verdict } from '../engine';

// The badge's colour for each verdict comes from the one palette, src/ui/tokens.css, read as text
// at build: the toolbar has no stylesheet, and a second list of colours would drift from the first.

/** The light palette's colour of each verdict: the first value tokens.css gives `--<verdict>`. */
export function verdictColours(tokens: string): Record<Verdict, string> {
  const colourOf = (verdict: Verdict) => {
    const found = new RegExp(`--${verdict}:\\s*(#[0-9a-fA-F]{3,8})\\s*;`).exec(tokens)?.[1];
    if (!found) throw new Error(`src/ui/tokens.css names no colour --${verdict}`);
    return found;
  };
  const verdicts: Verdict[] = ['corroborated', 'conflicting', 'disputed', 'related', 'none'];
  return Object.fromEntries(verdicts.map((v) => [v, colourOf(v)])) as Record<Verdict, string>;
}
