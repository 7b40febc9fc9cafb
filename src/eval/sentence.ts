import type { Language } from '../record/types';

// Small edits on a sentence's surface that every perturbation needs.

export function languageOf(text: string): Language {
  if (/[\u0531-\u058f]/.test(text)) return 'hy';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return 'en';
}

const FINAL = /\s*([.!?։])?\s*$/u;
const ENDS_IN_QUOTE = /["”»’']\s*$/u;

/**
 * Adds `tail` before the sentence's final punctuation (a full stop if it had none). Null for a
 * sentence that ends inside a quotation, where the tail would land inside the quoted words.
 */
export function withTail(sentence: string, tail: string): string | null {
  if (ENDS_IN_QUOTE.test(sentence)) return null;
  const match = FINAL.exec(sentence);
  const end = match?.[1] ?? (languageOf(sentence) === 'hy' ? '։' : '.');
  const body = sentence.slice(0, match?.index ?? sentence.length);
  return `${body}${tail}${end}`;
}

/**
 * Puts `prefix` before the sentence, lowering its first letter only where the first word is one of
 * `startWords` (a function word): a name keeps its capital.
 */
export function withPrefix(sentence: string, prefix: string, startWords: readonly string[]): string {
  const firstWord = /^\S+/u.exec(sentence)?.[0] ?? '';
  const lowered = startWords.includes(firstWord)
    ? `${sentence.charAt(0).toLocaleLowerCase()}${sentence.slice(1)}`
    : sentence;
  return `${prefix}${lowered}`;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern that also works for Cyrillic and Armenian (`\b` is ASCII-only). */
export function wordPattern(word: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags);
}

export function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (model.charAt(0) === model.charAt(0).toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
