import type { Claim, DatePrecision, Entity } from '../record/types';
import type { Mismatch } from './compare';

// One-line reasons a reader understands: what the source says against what the sentence says.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(iso: string, precision: DatePrecision = 'day'): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1] ?? '';
  if (precision === 'year') return y ?? iso;
  if (precision === 'month') return `${month} ${y}`;
  return `${month} ${Number(d)}, ${y}`;
}

/** "2023-11-23" or "11-23" (no year) or "2023-11" as a reader reads it. */
function formatLoose(value: string): string {
  const parts = value.split('-');
  if (parts.length === 3) return formatDate(value);
  if (parts.length === 2 && (parts[0] as string).length === 4) return formatDate(`${value}-01`, 'month');
  if (parts.length === 2) return `${MONTHS[Number(parts[0]) - 1]} ${Number(parts[1])}`;
  return value;
}

const QUALIFIER: Record<string, string> = { facto: 'de facto (in effect)', jure: 'de jure (formally)' };
const MODALITY: Record<string, string> = {
  realized: 'it has already happened',
  future: 'it will happen',
  possible: 'it could happen',
  deontic: 'it should happen',
};

export function quoteClaim(claim: Claim): string {
  return `“${claim.text.replace(/\.$/, '')}”`;
}

export function mismatchReason(m: Mismatch, claim: Claim, entities: Map<string, Entity>): string {
  const name = (id: string) => entities.get(id)?.name.replace(/\s*\([^)]*\)$/, '') ?? id;
  switch (m.kind) {
    case 'polarity':
      return `The record says ${quoteClaim(claim)}; this sentence says the opposite.`;
    case 'modality':
      return `The record says ${MODALITY[m.record]} (${quoteClaim(claim)}); this sentence says ${MODALITY[m.sentence]}.`;
    case 'qualifier':
      return `The record says ${QUALIFIER[m.record]}; this sentence says ${QUALIFIER[m.sentence]}.`;
    case 'agent':
      return `The record says ${name(m.record)} did it; this sentence says ${name(m.sentence)}.`;
    case 'speaker':
      return `The record attributes this to ${name(m.record)}; this sentence to ${name(m.sentence)}.`;
    case 'place':
      return `The record places it in ${name(m.record)}; this sentence says ${name(m.sentence)}.`;
    case 'date':
      return `The record dates it ${formatLoose(m.record)}; this sentence says ${formatLoose(m.sentence)}.`;
    case 'number':
      return `The record says ${m.record}; this sentence says ${m.sentence}.`;
    case 'members':
      return `The record lists ${m.record.split(', ').map(name).join(', ')}; this sentence lists ${m.sentence.split(', ').map(name).join(', ')}.`;
  }
}
