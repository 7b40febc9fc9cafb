/** The letters a text in each of the record's other languages is written in (English needs none). */
export const SCRIPTS: Record<string, RegExp> = {
  ru: /\p{Script=Cyrillic}/u,
  hy: /\p{Script=Armenian}/u,
};

/**
 * A claim's plainest supporting phrasing in one of those languages, which its phrasings file lists
 * first (data/phrasings); undefined where the record has none, and for English.
 */
export function phrasingIn(
  claim: { supportingPhrasings: readonly string[] },
  language: string,
): string | undefined {
  const script = SCRIPTS[language];
  return script ? claim.supportingPhrasings.find((p) => script.test(p)) : undefined;
}
