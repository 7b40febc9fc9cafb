import type { Reason } from '../engine/types';
import { formatDayMonth } from '../i18n/dates';
import { formatDate } from './format-date';

// The one English wording of the engine's reasons (src/engine/types.ts `Reason`): the card, the
// popup, the sidebar and the command line all say a reason this way. Another language gets a
// renderer of its own over the same data.

const QUALIFIER: Record<string, string> = { facto: 'de facto (in effect)', jure: 'de jure (formally)' };
const MODALITY: Record<string, string> = {
  realized: 'it has already happened',
  future: 'it will happen',
  possible: 'it could happen',
  deontic: 'it should happen',
};

/** "2023-11-23" or "11-23" (no year) or "2023-11" or "2023" as a reader reads it. */
function looseDate(value: string): string {
  const parts = value.split('-');
  if (parts.length === 3) return formatDate(value);
  if (parts.length === 2 && (parts[0] as string).length === 4) return formatDate(`${value}-01`, 'month');
  if (parts.length === 2) return formatDayMonth(Number(parts[0]), Number(parts[1]));
  return value;
}

/** "Held until Jun 12, 2024": the headline of an outdated sentence, in the card and the popup. */
export const heldUntil = (until: string | null | undefined) =>
  until ? `Held until ${formatDate(until)}` : 'Held for a time';

const quote = (text: string) => `“${text.replace(/\.$/, '')}”`;

/** `nameOf` turns an entity id into the name a reader knows ("lavrov" -> "Sergey Lavrov"). */
export function reasonText(why: Reason, nameOf: (id: string) => string = (id) => id): string {
  switch (why.kind) {
    case 'same':
      return `The record says the same: ${quote(why.claim.text)}.`;
    case 'otherwise':
      return `The record says otherwise: ${quote(why.claim.text)}.`;
    case 'related':
      return why.claim ? `On the same subject: ${quote(why.claim.text)}.` : 'On the same subject.';
    case 'ended':
      return `${heldUntil(why.until)}, then it changed: by this page's date the record no longer says ${quote(why.claim.text)}.`;
    case 'changing':
      return `The record shows this changed on ${formatDate(why.until)}, days before the page's date: ${quote(why.claim.text)}.`;
    case 'in-flux':
      return `The record shows this changing from ${formatDate(why.since)}${why.until ? ` until ${formatDate(why.until)}` : ''}: ${quote(why.claim.text)} was giving way by the page's date, so neither it nor its opposite is settled then.`;
    case 'held-until':
      return `Held at the time, until ${formatDate(why.until)}.`;
    case 'disputed':
      return `The record is disputed: ${why.note}`;
    case 'record-disagrees':
      return `The record itself disagrees: ${why.note}`;
    case 'silent':
      return 'The record says nothing about this.';
    case 'difference':
      return differenceText(why, nameOf);
  }
}

function differenceText(
  why: Extract<Reason, { kind: 'difference' }>,
  nameOf: (id: string) => string,
): string {
  const { record, sentence } = why;
  const claim = quote(why.claim.text);
  const names = (list: string) => list.split(', ').map(nameOf).join(', ');
  switch (why.difference) {
    case 'polarity':
      return `The record says ${claim}; this sentence says the opposite.`;
    case 'modality':
      return `The record says ${MODALITY[record]} (${claim}); this sentence says ${MODALITY[sentence]}.`;
    case 'qualifier':
      return `The record says ${QUALIFIER[record]}; this sentence says ${QUALIFIER[sentence]}.`;
    case 'agent':
      return `The record says ${nameOf(record)} did it; this sentence says ${nameOf(sentence)}.`;
    case 'speaker':
      return `The record attributes this to ${nameOf(record)}; this sentence to ${nameOf(sentence)}.`;
    case 'place':
      return `The record places it in ${nameOf(record)}; this sentence says ${nameOf(sentence)}.`;
    case 'date':
      return `The record dates it ${looseDate(record)}; this sentence says ${looseDate(sentence)}.`;
    case 'members':
      return `The record lists ${names(record)}; this sentence lists ${names(sentence)}.`;
    default:
      return `The record says ${record}; this sentence says ${sentence}.`;
  }
}
