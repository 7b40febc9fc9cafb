import { type ReaderVerdict, VERDICT_GLYPHS, VERDICT_WORDS } from './reader-verdict';

export { VERDICT_WORDS } from './reader-verdict';

export function VerdictBadge({ verdict }: { verdict: ReaderVerdict }) {
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{VERDICT_GLYPHS[verdict]}</span> {VERDICT_WORDS[verdict]}
    </span>
  );
}
