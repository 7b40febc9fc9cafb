import type { Language } from '../record/types';
import type { InvarianceKind, PerturbationData } from './perturbation-data';
import type { Random } from './prng';
import { matchCase, withPrefix, withTail } from './sentence';

// Invariance: additions a news page carries that say nothing checkable. A verdict that moves
// under one of them was resting on surface words, not on the claim.

export interface Variant<K extends string> {
  kind: K;
  text: string;
  /** What was added (the template, placeholders unfilled, so additions can be counted by template) or changed. */
  change: string;
}

function fill(template: string, lang: Language, pageDate: string, data: PerturbationData): string {
  const calendar = data.calendar[lang];
  const date = new Date(`${pageDate}T12:00:00Z`);
  return (
    template
      .replace('{weekday}', calendar?.weekdays[date.getUTCDay()] ?? '')
      .replace('{month}', calendar?.months[date.getUTCMonth()] ?? '')
      // Armenpress writes its dateline in capitals, month included.
      .replace('{MONTH}', (calendar?.months[date.getUTCMonth()] ?? '').toLocaleUpperCase(lang))
      .replace('{day}', String(date.getUTCDate()))
  );
}

/** British spelling of every American form in the sentence; the sentence itself when there is none. */
export function britishSpelling(sentence: string, data: PerturbationData): string {
  const { endings, notChanged, words } = data.britishSpelling;
  const byLength = [...endings].sort((a, b) => b[0].length - a[0].length);
  return sentence.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (notChanged.includes(lower)) return word;
    const whole = words[lower];
    if (whole) return matchCase(word, whole);
    for (const [american, british] of byLength) {
      // A stem of at least three letters keeps short words such as "size" out.
      if (lower.endsWith(american) && lower.length - american.length >= 3) {
        return (
          word.slice(0, word.length - american.length) + matchCase(word.slice(-american.length), british)
        );
      }
    }
    return word;
  });
}

/** One variant of each neutral kind that applies to the sentence, templates chosen by `random`. */
export function neutralVariants(
  sentence: string,
  lang: Language,
  pageDate: string,
  data: PerturbationData,
  random: Random,
): Variant<InvarianceKind>[] {
  const variants: Variant<InvarianceKind>[] = [];
  const templates = data.neutral[lang];
  const startWords = data.sentenceStartWords[lang] ?? [];
  if (templates) {
    for (const kind of ['tail', 'weekday'] as const) {
      const template = random.pick(templates[kind]);
      const text = withTail(sentence, fill(template, lang, pageDate, data));
      if (text) variants.push({ kind, text, change: template.trim() });
    }
    // A dateline stands before the sentence as written ("YEREVAN (AP) — The ..."); a lead-in
    // clause runs on into it, so a leading function word loses its capital.
    const dateline = random.pick(templates.dateline);
    variants.push({
      kind: 'dateline',
      text: `${fill(dateline, lang, pageDate, data)}${sentence}`,
      change: dateline.trim(),
    });
    for (const kind of ['outlet', 'clause'] as const) {
      const template = random.pick(templates[kind]);
      variants.push({
        kind,
        text: withPrefix(sentence, fill(template, lang, pageDate, data), startWords),
        change: template.trim(),
      });
    }
  }
  if (lang === 'en') {
    const british = britishSpelling(sentence, data);
    if (british !== sentence) variants.push({ kind: 'spelling', text: british, change: 'British spelling' });
  }
  return variants;
}
