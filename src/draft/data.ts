import attribution from '../../data/draft/attribution.json';
import dates from '../../data/draft/dates.json';
import furniture from '../../data/draft/furniture.json';
import settings from '../../data/draft/settings.json';

// What the draft tool knows about news writing (data/draft), checked at build by the record
// schema (schema/draft-*.schema.json) and by the unit tests that run it on the record's own texts.

type ByLanguage = Record<'en' | 'ru' | 'hy', string[]>;

export const ATTRIBUTION = attribution as { cues: ByLanguage; pronouns: ByLanguage; relays: ByLanguage };
export const SETTINGS = settings.settings as { setting: string; forms: string[] }[];
export const FURNITURE = furniture as {
  patterns: { pattern: string; reason: string }[];
  shortLine: number;
  shortReason: string;
};
export const DATES = dates as {
  weekdays: ByLanguage;
  relative: {
    forms: string[];
    daysBefore?: number;
    monthsBefore?: number;
    yearsBefore?: number;
    precision: 'day' | 'month' | 'year';
  }[];
};

export const allForms = (byLanguage: ByLanguage): string[] => Object.values(byLanguage).flat();
