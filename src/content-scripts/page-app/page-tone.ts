/**
 * Whether a claim's text sits on a light or a dark background, so its highlight is painted with the
 * palette that reads there (issue 15). `prefers-color-scheme` told the OS's scheme, not the page's:
 * a dark OS on a white page got pale underlines at 1.6-2.6:1, a light OS on a dark page a dotted
 * line at 2.6:1.
 */
export type Tone = 'light' | 'dark';

type Rgba = [number, number, number, number];

// Below this relative luminance white text contrasts more than black: the background is dark.
const DARK_BELOW = 0.179;
// A background at least this opaque decides; fainter ones let what is behind them show through.
const OPAQUE_FROM = 0.5;
const ELEMENT_NODE = 1;
/** How deep text may sit for its own ancestors to be read; deeper, only the body and the root are. */
const MAX_WALK = 64;

/** Parses a computed colour ("rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "rgb(1 2 3 / 50%)"). */
export function parseColour(text: string): Rgba | null {
  const match = text.match(/^rgba?\(([^)]*)\)$/);
  if (!match?.[1]) return null;
  const parts = match[1].split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (part: string, max: number) =>
    part.endsWith('%') ? (Number.parseFloat(part) / 100) * max : Number.parseFloat(part);
  const [r, g, b] = parts.slice(0, 3).map((p) => channel(p, 255)) as [number, number, number];
  const a = parts[3] === undefined ? 1 : channel(parts[3], 1);
  return [r, g, b, a].some(Number.isNaN) ? null : [r, g, b, a];
}

/** WCAG relative luminance of an sRGB colour (channels 0-255). */
export function luminance([r, g, b]: readonly number[]): number {
  const linear = (v = 0) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const toneOfColour = (rgb: readonly number[]): Tone =>
  luminance(rgb) < DARK_BELOW ? 'dark' : 'light';

/**
 * The canvas behind a page that paints no background of its own: dark only where the page allows a
 * dark scheme (its root's `color-scheme`, or a `<meta name="color-scheme">`) and the OS prefers one.
 */
function canvasTone(doc: Document | null): Tone {
  if (!doc) return 'light';
  const view = doc.defaultView;
  const root = doc.documentElement;
  const declared = [
    root ? view?.getComputedStyle(root).colorScheme : '',
    doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content'),
  ].join(' ');
  const schemes = declared.toLowerCase().split(/\s+/);
  if (!schemes.includes('dark')) return 'light';
  if (!schemes.includes('light')) return 'dark';
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export interface ToneReader {
  /** The tone of the background behind the start of this range, read from the page's style now. */
  of(range: AbstractRange): Tone;
  /** A guess that reads no style: the nearest ancestor measured since the last `forget`, else light. */
  guess(range: AbstractRange): Tone;
  /** Forgets what was measured, so the next `of` reads the page anew (it may have changed its theme). */
  forget(): void;
}

const elementOf = (range: AbstractRange): Element | null => {
  const node = range.startContainer;
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
};

/**
 * Walks up from the text's element to the first opaque background colour, keeping what it found
 * for every element it passed: a page paints hundreds of sentences under the same few ancestors.
 */
export function createToneReader(): ToneReader {
  let known = new Map<Element, Tone>();

  return {
    of(range) {
      const element = elementOf(range);
      const doc = element?.ownerDocument ?? null;
      const walked: Element[] = [];
      const painted = (at: Element): Tone | undefined => {
        const colour = parseColour(doc?.defaultView?.getComputedStyle(at).backgroundColor ?? '');
        return colour && colour[3] >= OPAQUE_FROM ? toneOfColour(colour) : undefined;
      };
      let tone: Tone | undefined;
      // Text more than MAX_WALK levels deep is read through the body and the root only, never its
      // own element: Chromium computes a style for each of its ancestors first, and at 20,000 levels
      // (inside a display:none tree) that overflowed its renderer's stack and crashed the tab.
      let depth = 0;
      for (let up = element; up && depth <= MAX_WALK; up = up.parentElement) depth++;
      const deep = depth > MAX_WALK;
      for (let at = deep ? null : element; at && !tone; at = at.parentElement) {
        tone = known.get(at);
        if (tone) break;
        walked.push(at);
        tone = painted(at);
      }
      // A page nested thousands deep also made Chromium spend 11 s reading every ancestor's style.
      if (!tone && deep) {
        const outer = [doc?.body, doc?.documentElement].filter((e): e is HTMLElement => Boolean(e));
        for (const e of outer) tone ??= known.get(e) ?? painted(e);
      }
      const found = tone ?? canvasTone(doc);
      for (const at of walked) known.set(at, found);
      return found;
    },
    guess(range) {
      for (let at = elementOf(range); at; at = at.parentElement) {
        const tone = known.get(at);
        if (tone) return tone;
      }
      return 'light';
    },
    forget() {
      known = new Map();
    },
  };
}
