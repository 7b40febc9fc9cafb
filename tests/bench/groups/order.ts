/**
 * The order in which contenders visit page `i` on repetition `rep`: a rotation that moves by one
 * each page, reversed on odd repetitions, so over a run every contender comes first, last and in
 * between equally often and slow drift in the machine's load (other jobs share its two cores) falls
 * on all of them alike.
 */
export function visitOrder<T>(items: readonly T[], i: number, rep = 0): T[] {
  const shift = (i + rep) % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return rep % 2 ? rotated.reverse() : rotated;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
