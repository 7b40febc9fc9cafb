import type { ComponentChildren } from 'preact';
import type { MessageKey } from './catalog';
import { useText } from './text-context';

// A mark no message contains: where a placeholder's node goes once the message is filled in.
const SLOT = '\u0000';
const SLOTS = new RegExp(`${SLOT}(\\d+)${SLOT}`);

/**
 * A message whose placeholders are elements (a bold name, a link), placed where the language puts
 * them: "Lavrov, quoted by TASS" and "Лавров, цитирует ТАСС" differ in more than words.
 */
export function Message({ id, parts }: { id: MessageKey; parts: ComponentChildren[] }) {
  const text = useText();
  const filled = text.t(id, ...parts.map((_, i) => `${SLOT}${i}${SLOT}`));
  // split() with a capture group alternates text and slot numbers: [text, n, text, n, text].
  const pieces = filled.split(SLOTS);
  return <>{pieces.map((piece, i) => (i % 2 === 0 ? piece : parts[Number(piece)]))}</>;
}
