// Word forms as the draft tool's data writes them (data/draft): lowercase phrases, where a final
// "*" stands for any ending, since Russian and Armenian inflect. One regular expression for a list.

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function formsPattern(forms: string[], flags = 'giu'): RegExp {
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map((form) =>
      form.endsWith('*')
        ? `${escapeRegExp(form.slice(0, -1))}\\p{L}*`
        : escapeRegExp(form).replace(/ /g, '\\s+'),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** Apostrophes vary between outlets; the replacement is one for one, so offsets hold. */
export const foldApostrophes = (text: string): string => text.replace(/[’ʼ‘`]/g, "'");
