import { type ReaderVerdict, VERDICT_GLYPHS, verdictWord } from '../i18n/reader-verdict';
import { useText } from '../i18n/text-context';

export function VerdictBadge({ verdict }: { verdict: ReaderVerdict }) {
  const text = useText();
  return (
    <span class={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{VERDICT_GLYPHS[verdict]}</span> {verdictWord(verdict, text)}
    </span>
  );
}
