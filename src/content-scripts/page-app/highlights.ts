import type { Verdict } from '../../engine';
import type { ReaderVerdict } from '../../i18n/reader-verdict';
import { createToneReader, type Tone, type ToneReader } from './page-tone';

export type ShownVerdict = Exclude<Verdict, 'none'>;
/** What a claim is painted as: the reader's verdict, so an outdated sentence is not painted as a lie. */
export type PaintedVerdict = Exclude<ReaderVerdict, 'none'>;

/**
 * One CSS Custom Highlight per verdict and background tone, painted by the ::highlight() rules in
 * highlights.css (a user stylesheet the background inserts, so no <style> element is added to the
 * page and no page rule outranks it). The names are the contract between this file and that one.
 * A claim on a dark background gets the `-on-dark` variant of its verdict (page-tone.ts).
 */
export const HIGHLIGHT_NAMES: Record<PaintedVerdict, string> = {
  conflicting: 'receipts-conflicting',
  outdated: 'receipts-outdated',
  disputed: 'receipts-disputed',
  corroborated: 'receipts-corroborated',
  related: 'receipts-related',
};
const ON_DARK = '-on-dark';
const VERDICTS = Object.keys(HIGHLIGHT_NAMES) as PaintedVerdict[];
const onDark = (names: Record<PaintedVerdict, string>) =>
  Object.fromEntries(VERDICTS.map((v) => [v, `${names[v]}${ON_DARK}`])) as Record<PaintedVerdict, string>;
export const HIGHLIGHT_NAMES_ON_DARK = onDark(HIGHLIGHT_NAMES);

/**
 * The claim whose card is open is painted a second time, on top, with the active highlight of its
 * own verdict: a stronger fill and a thicker line in the verdict's hue, so an open conflict stays
 * red (one blue tint for every verdict turned red to purple and amber to grey, issue 15). Every
 * active highlight's name starts with this.
 */
export const ACTIVE_HIGHLIGHT = 'receipts-active';
export const ACTIVE_NAMES = Object.fromEntries(
  VERDICTS.map((v) => [v, `${ACTIVE_HIGHLIGHT}-${v}`]),
) as Record<PaintedVerdict, string>;
export const ACTIVE_NAMES_ON_DARK = onDark(ACTIVE_NAMES);

export const highlightName = (verdict: PaintedVerdict, tone: Tone): string =>
  (tone === 'dark' ? HIGHLIGHT_NAMES_ON_DARK : HIGHLIGHT_NAMES)[verdict];
export const activeName = (verdict: PaintedVerdict, tone: Tone): string =>
  (tone === 'dark' ? ACTIVE_NAMES_ON_DARK : ACTIVE_NAMES)[verdict];

/** Every name Receipts may register, with the priority it paints at. */
const PRIORITIES = new Map<string, number>(
  VERDICTS.flatMap((verdict, i) => [
    // Higher paints on top where highlights overlap: the open claim above all, then the verdicts a
    // reader most needs to see.
    [HIGHLIGHT_NAMES[verdict], 4 - i],
    [HIGHLIGHT_NAMES_ON_DARK[verdict], 4 - i],
    [ACTIVE_NAMES[verdict], 10],
    [ACTIVE_NAMES_ON_DARK[verdict], 10],
  ]),
);
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [...PRIORITIES.keys()];

/**
 * Removes what an earlier instance of this script left in the page: in Firefox, reloading or
 * updating the extension destroys the old content script without letting it clean up, and the new
 * one is injected into the same page. Only our own names and our own element are touched.
 */
export function removeLeftovers(
  doc: Document,
  registry: Registry | undefined = globalThis.CSS?.highlights,
): void {
  // The bare active name too: versions before the per-verdict ones registered it.
  for (const name of [...ALL_HIGHLIGHT_NAMES, ACTIVE_HIGHLIGHT]) registry?.delete(name);
  for (const host of doc.querySelectorAll(CARD_HOST_NAME)) host.remove();
}

/** The tag of the one element Receipts adds to a page (src/content-scripts/page-app/card-host.ts). */
export const CARD_HOST_NAME = 'receipts-card';

export interface Highlights {
  add(range: Range, verdict: PaintedVerdict): void;
  /**
   * Measures the backgrounds of the claims added since the last measure (at most `limit` of them)
   * and moves those on the other tone to its highlights. Runs by itself at the next frame.
   */
  measureTones(limit?: number): void;
  remove(range: Range, verdict: PaintedVerdict): void;
  setActive(range: Range | null): void;
  /** Our range was moved onto the page's new text (the same sentence re-rendered): what paints it follows. */
  moved(range: Range): void;
  /**
   * Puts back what the page changed of our highlights: registry entries replaced or deleted,
   * priorities, ranges moved between highlights, added or removed, range boundaries moved. Without
   * an argument only the registry entries, their priorities and sizes are checked (cheap: for every
   * paint); with a range, also that range; with 'all', every range. Returns how many were repaired.
   */
  verify(what?: Range | 'all'): number;
  /** verify('all') in steps of a hundred ranges, for a long page (the slicer's kind of job). */
  verifySteps(): Generator<null, number, undefined>;
  /** Whether the page has been caught changing our highlights (they were repaired each time). */
  readonly tampered: boolean;
  /**
   * Whether Related claims are painted (off at first). They are kept either way, so turning this on
   * paints every Related claim already found, and turning it off takes their paint away.
   */
  paintRelated(on: boolean): void;
  /** Removes every range and unregisters our highlights: the page is as it was. */
  clear(): void;
  /** Our range that a range in our highlights is the painted copy of; null for any other range. */
  ownerOf(copy: AbstractRange): Range | null;
  /**
   * Whether every claim range we were given is painted now (no Related ones held back, nothing
   * taken away by the page): only then does "no highlight of ours under the pointer" mean no claim.
   */
  paintsAll(): boolean;
}

/** The verdicts painted on the page unless the reader asks for more (issue 15: loud where it matters). */
export const QUIET_VERDICTS: ReadonlySet<PaintedVerdict> = new Set(['related']);

type Registry = Map<string, Highlight>;

const priorityOf = (name: string) => PRIORITIES.get(name) ?? 0;
// Backgrounds measured in one frame: each read is cheap once the frame has restyled the page.
const MEASURED_PER_FRAME = 500;

const sameBounds = (a: AbstractRange, b: AbstractRange) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

/**
 * Highlights are registered on first use only, so a page without claims never has an entry of ours
 * in its registry.
 *
 * The registry (CSS.highlights) is shared with the page: its scripts can get our Highlight objects,
 * move a range from one to another, add their own, or change the boundaries of the ranges they hold.
 * So what decides a verdict never comes from the registry (the card reads the engine's answer of
 * the claim under the pointer, found by our own ranges), each highlight is painted with copies of
 * our ranges whose originals the page never sees, and `verify` compares the registry with what we
 * put there and repairs it.
 */
export function createHighlights(
  registry: Registry | undefined = globalThis.CSS?.highlights,
  tones: ToneReader = createToneReader(),
  // Runs the measure at the next frame; the page app passes timers that die with the script.
  nextFrame: (run: () => void) => void = (run) =>
    void (globalThis.requestAnimationFrame ?? ((f: () => void) => setTimeout(f, 16)))(run),
): Highlights {
  const mine = new Map<string, Highlight>();
  // Per highlight name: our range, and the copy of it the highlight paints.
  const painted = new Map<string, Map<Range, Range>>();
  // The other way round: each copy, and our range it paints (for hit tests by highlight).
  const owners = new Map<AbstractRange, Range>();
  let tampered = false;
  // Every range added, painted or not (a quiet verdict's), with the verdict and the tone it was
  // measured on: a change of the setting paints the quiet ones, the open claim takes its colours.
  const added = new Map<Range, { verdict: PaintedVerdict; tone: Tone }>();
  // Those of them whose verdict is not painted by default (paintsAll needs their number).
  const quiet = new Set<Range>();
  let paintQuiet = false;
  let active: { name: string; range: Range } | null = null;
  const isShown = (entry: { verdict: PaintedVerdict }) => paintQuiet || !QUIET_VERDICTS.has(entry.verdict);

  // A claim is painted at once with the tone of the nearest background measured so far, and
  // measured at the next frame: reading the page's style right after changing a highlight made
  // Firefox restyle the whole page on every step of a long scan (157 ms a task at 16,000 claims),
  // while a frame restyles it anyway.
  const unmeasured = new Set<Range>();
  let measuring = false;
  const measureSoon = () => {
    if (measuring) return;
    measuring = true;
    nextFrame(() => {
      measuring = false;
      measureTones(MEASURED_PER_FRAME);
    });
  };
  const retone = (range: Range, entry: { verdict: PaintedVerdict; tone: Tone }, tone: Tone) => {
    if (isShown(entry)) unpaint(highlightName(entry.verdict, entry.tone), range);
    entry.tone = tone;
    if (isShown(entry)) paint(highlightName(entry.verdict, tone), range);
    if (active?.range !== range) return;
    unpaint(active.name, range);
    active = { name: activeName(entry.verdict, tone), range };
    paint(active.name, range);
  };
  function measureTones(limit = Number.POSITIVE_INFINITY): void {
    tones.forget();
    let done = 0;
    for (const range of unmeasured) {
      if (done++ >= limit) {
        measureSoon();
        return;
      }
      unmeasured.delete(range);
      const entry = added.get(range);
      const tone = entry && tones.of(range);
      if (entry && tone && tone !== entry.tone) retone(range, entry, tone);
    }
  }

  const highlight = (name: string): Highlight | undefined => {
    if (!registry) return undefined;
    let h = mine.get(name);
    if (!h) {
      h = new Highlight();
      h.priority = priorityOf(name);
      mine.set(name, h);
      painted.set(name, new Map());
      registry.set(name, h);
    }
    return h;
  };

  const paint = (name: string, range: Range) => {
    const h = highlight(name);
    if (!h) return;
    unpaint(name, range);
    const copy = range.cloneRange();
    painted.get(name)?.set(range, copy);
    owners.set(copy, range);
    h.add(copy);
  };

  const unpaint = (name: string, range: Range) => {
    const copies = painted.get(name);
    const copy = copies?.get(range);
    if (!copy) return;
    copies?.delete(range);
    owners.delete(copy);
    mine.get(name)?.delete(copy);
  };

  // The page can replace or delete any of our registry entries.
  const registered = (name: string, h: Highlight) => registry?.get(name) === h;

  const repairEntries = (): number => {
    let repaired = 0;
    for (const [name, h] of mine) {
      if (!registered(name, h)) {
        registry?.set(name, h);
        repaired++;
      }
      if (h.priority !== priorityOf(name)) {
        h.priority = priorityOf(name);
        repaired++;
      }
      // Another type ('spelling-error') would paint with the browser's own marks, not our rules.
      if ('type' in h && h.type !== 'highlight') {
        h.type = 'highlight';
        repaired++;
      }
      const copies = painted.get(name);
      if (copies && h.size !== copies.size) {
        // Something was added or taken away: paint exactly ours again.
        h.clear();
        for (const copy of copies.values()) h.add(copy);
        repaired++;
      }
    }
    return repaired;
  };

  const repairRange = (name: string, range: Range, copy: Range): number => {
    let repaired = 0;
    if (!sameBounds(copy, range)) {
      copy.setStart(range.startContainer, range.startOffset);
      copy.setEnd(range.endContainer, range.endOffset);
      repaired++;
    }
    for (const [other, h] of mine) {
      if (other === name && !h.has(copy)) {
        h.add(copy);
        repaired++;
      } else if (other !== name && h.has(copy)) {
        // Moved into another verdict's highlight: taken out, and that one is repainted as ours.
        h.delete(copy);
        repaired++;
      }
    }
    return repaired;
  };

  const settle = (repaired: number): number => {
    if (repaired === 0) return 0;
    tampered = true;
    // A copy put back where it belongs may still sit in another of our highlights too.
    return repaired + repairEntries();
  };

  const verify = (what?: Range | 'all'): number => {
    if (!registry || mine.size === 0) return 0;
    if (what === 'all') {
      const steps = verifySteps();
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
      }
    }
    let repaired = repairEntries();
    if (what)
      for (const [name, copies] of painted) {
        const copy = copies.get(what);
        if (copy) repaired += repairRange(name, what, copy);
      }
    return settle(repaired);
  };

  function* verifySteps(): Generator<null, number, undefined> {
    if (!registry || mine.size === 0) return 0;
    let repaired = repairEntries();
    let done = 0;
    for (const [name, copies] of painted)
      for (const [range, copy] of copies) {
        repaired += repairRange(name, range, copy);
        if (++done % 100 === 0) yield null;
      }
    return settle(repaired);
  }

  return {
    add(range, verdict) {
      const before = added.get(range);
      if (before) unpaint(highlightName(before.verdict, before.tone), range);
      const entry = { verdict, tone: tones.guess(range) };
      added.set(range, entry);
      if (QUIET_VERDICTS.has(verdict)) quiet.add(range);
      else quiet.delete(range);
      unmeasured.add(range);
      if (isShown(entry)) paint(highlightName(verdict, entry.tone), range);
      measureSoon();
    },
    measureTones,
    remove(range, verdict) {
      added.delete(range);
      quiet.delete(range);
      unmeasured.delete(range);
      unpaint(highlightName(verdict, 'light'), range);
      unpaint(highlightName(verdict, 'dark'), range);
    },
    paintRelated(on) {
      if (on === paintQuiet) return;
      paintQuiet = on;
      for (const [range, { verdict, tone }] of added) {
        if (!QUIET_VERDICTS.has(verdict)) continue;
        if (on) paint(highlightName(verdict, tone), range);
        else unpaint(highlightName(verdict, tone), range);
      }
    },
    setActive(range) {
      if (active) unpaint(active.name, active.range);
      active = null;
      if (!range) return;
      // The card's range is one we were given; a caller holding an equal copy finds it too.
      let known = added.get(range);
      if (!known) for (const [r, entry] of added) if (sameBounds(r, range)) known = entry;
      if (!known) return;
      active = { name: activeName(known.verdict, known.tone), range };
      paint(active.name, range);
    },
    moved(range) {
      for (const copies of painted.values()) {
        const copy = copies.get(range);
        if (!copy) continue;
        copy.setStart(range.startContainer, range.startOffset);
        copy.setEnd(range.endContainer, range.endOffset);
      }
    },
    verify,
    verifySteps,
    get tampered() {
      return tampered;
    },
    clear() {
      for (const [name, h] of mine) {
        h.clear();
        // Only our own entry: a page (or another extension) may have registered the same name.
        if (registry?.get(name) === h) registry.delete(name);
      }
      mine.clear();
      painted.clear();
      owners.clear();
      added.clear();
      quiet.clear();
      unmeasured.clear();
      active = null;
    },
    ownerOf: (copy) => owners.get(copy) ?? null,
    // An entry the page replaced with its own highlight (over other text, perhaps) paints nothing of
    // ours until the next repair, though nothing has been caught yet.
    paintsAll: () =>
      !tampered && (paintQuiet || quiet.size === 0) && [...mine].every(([name, h]) => registered(name, h)),
  };
}
