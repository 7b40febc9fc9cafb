import { isCalendarDate } from '../record/guards';
import { RECORD_STANCES, type RecordStance, type SearchFilters } from './types';

// Search requests come over the message boundary, so their parts are checked here before the
// background uses them: strings bounded, dates well formed, the stance one the record knows.

const MAX_NAME = 200;

const optionalText = (v: unknown): v is string | null | undefined =>
  v === null || v === undefined || (typeof v === 'string' && v.length <= MAX_NAME);

export function parseFilters(value: unknown): SearchFilters | { error: string } {
  if (value === undefined || value === null)
    return { speaker: null, outlet: null, stance: null, from: null, to: null };
  if (typeof value !== 'object' || Array.isArray(value)) return { error: 'filters must be an object' };
  const { speaker, outlet, stance, from, to } = value as { [key: string]: unknown };
  if (!optionalText(speaker)) return { error: `speaker must be text of at most ${MAX_NAME} characters` };
  if (!optionalText(outlet)) return { error: `outlet must be text of at most ${MAX_NAME} characters` };
  if (stance !== null && stance !== undefined && !RECORD_STANCES.includes(stance as RecordStance)) {
    return { error: `stance must be one of ${RECORD_STANCES.join(', ')}` };
  }
  for (const [name, date] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (date !== null && date !== undefined && !isCalendarDate(date))
      return { error: `${name} must be YYYY-MM-DD or null` };
  }
  return {
    speaker: speaker || null,
    outlet: outlet || null,
    stance: (stance as RecordStance | null | undefined) ?? null,
    from: (from as string | null | undefined) ?? null,
    to: (to as string | null | undefined) ?? null,
  };
}
