/** The letters a text in each of the record's other languages is written in (English needs none). */
export const SCRIPTS: Record<string, RegExp> = {
  ru: /\p{Script=Cyrillic}/u,
  hy: /\p{Script=Armenian}/u,
};
