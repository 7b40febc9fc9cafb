// Malformed and hostile messages for the background, generated from a seed so a failure can be
// replayed. They are made in Node and sent from inside a browser, and some of what they hold cannot
// cross the test driver as it is (NaN, undefined, holes, cycles, 10 MB strings, a million-entry
// array, nesting thousands deep), so each is written as plain JSON with tags and rebuilt by
// decodeHostile where it is sent. decodeHostile is self-contained on purpose: tests hand its
// source to the browser.

import { seededRng } from '../../support/seeded-rng';

export type Encoded = unknown;

const KNOWN = {
  check: { type: 'check', sentences: ['Pashinyan skipped the CSTO summit.'], pageDate: '2023-11-24' },
  'record-summary': { type: 'record-summary' },
  'page-status': { type: 'page-status', claimCount: 3, worst: 'related' },
  search: { type: 'search', query: 'Pashinyan', filters: null, limit: 10 },
  timeline: { type: 'timeline', query: 'CSTO', filters: { speaker: 'peskov' } },
  'statement-detail': { type: 'statement-detail', id: 'x/01' },
  'search-facets': { type: 'search-facets' },
  'open-sidebar': { type: 'open-sidebar', query: 'CSTO' },
  'load-page-app': { type: 'load-page-app' },
} as const;

const MARKUP = [
  '<img src=x onerror="globalThis.__fuzzRan=1">',
  '<script>globalThis.__fuzzRan=1</script>',
  '<svg onload="globalThis.__fuzzRan=1">',
  'javascript:globalThis.__fuzzRan=1',
  '"><iframe srcdoc="<script>parent.__fuzzRan=1</script>">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's syntax, as text, is the payload
  '${globalThis.__fuzzRan=1}',
  '{{constructor.constructor("globalThis.__fuzzRan=1")()}}',
];

const WEIRD_TYPES: Encoded[] = [
  null,
  { $: 'undefined' },
  { $: 'NaN' },
  { $: 'Infinity' },
  0,
  -1,
  true,
  '',
  'CHECK',
  'check ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  ['check'],
  { type: 'check' },
  { $: 'big', n: 100_000 },
];

/** `count` hostile messages, each encoded for decodeHostile. The same seed gives the same list. */
export function hostileMessages(count: number, seed = 7): Encoded[] {
  const random = seededRng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const templates = Object.values(KNOWN);
  // Costly values are rare, so a thousand messages take seconds, not minutes.
  const hostileValue = (): Encoded => {
    const roll = random();
    if (roll < 0.01) return { $: 'big', n: 10_000_000 };
    if (roll < 0.02) return { $: 'many', n: 1_000_000, of: 'Pashinyan left the CSTO.' };
    if (roll < 0.05) return { $: 'deep', n: 5_000 };
    if (roll < 0.08) return { $: 'cycle' };
    if (roll < 0.11) return { $: 'holes', n: 50 };
    if (roll < 0.16) return { $: 'big', n: 2_001 + Math.floor(random() * 200_000) };
    if (roll < 0.2) return { $: 'many', n: 401 + Math.floor(random() * 5_000), of: pick(MARKUP) };
    return pick<Encoded>([
      null,
      { $: 'undefined' },
      { $: 'NaN' },
      { $: 'Infinity' },
      { $: '-Infinity' },
      { $: '-0' },
      -1,
      1.5,
      2 ** 53,
      1e308,
      true,
      '',
      '9999-99-99',
      '2023-02-30',
      '2023-11-24T00:00:00Z',
      [],
      [null],
      [1, 2, 3],
      [[['deep']]],
      {},
      { length: 3 },
      { $: 'own-proto' },
      { constructor: { prototype: { polluted: true } } },
      ...MARKUP,
      'Pashinyan'.repeat(50),
      '\u0000\uFFFF\uD800',
      'next',
      'corroborated',
    ]);
  };
  const messages: Encoded[] = [];
  while (messages.length < count) {
    const roll = random();
    if (roll < 0.1) {
      messages.push(hostileValue());
    } else if (roll < 0.25) {
      messages.push({ type: pick(WEIRD_TYPES), sentences: ['x'], query: 'x' });
    } else if (roll < 0.35) {
      // Prototype-pollution keys as the message's own properties, beside a type the background knows.
      const template = pick(templates);
      messages.push({
        $: 'own-proto',
        with: { ...template, constructor: { prototype: { polluted: true } } },
      });
    } else {
      // A known request with one field missing, mistyped, oversized or hostile.
      const template: Record<string, Encoded> = { ...pick(templates) };
      const fields = Object.keys(template).filter((k) => k !== 'type');
      const extra = pick(['sentences', 'query', 'filters', 'limit', 'id', 'pageDate', 'worst', 'junk']);
      const field = fields.length > 0 && random() < 0.85 ? pick(fields) : extra;
      if (random() < 0.15) delete template[field];
      else if (field === 'filters' && random() < 0.5)
        template[field] = { speaker: hostileValue(), from: hostileValue(), stance: hostileValue() };
      else if (field === 'sentences' && random() < 0.5) template[field] = [hostileValue(), 'ok'];
      else template[field] = hostileValue();
      messages.push(template);
    }
  }
  return messages;
}

/** Rebuilds one encoded message. Self-contained: its source is evaluated inside a browser. */
export function decodeHostile(value: Encoded): unknown {
  const decode = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(decode);
    if (v === null || typeof v !== 'object') return v;
    const tagged = v as { [key: string]: unknown };
    switch (tagged.$) {
      case 'undefined':
        return undefined;
      case 'NaN':
        return Number.NaN;
      case 'Infinity':
        return Number.POSITIVE_INFINITY;
      case '-Infinity':
        return Number.NEGATIVE_INFINITY;
      case '-0':
        return -0;
      case 'big':
        return '<b>x</b>'.repeat(Math.ceil((tagged.n as number) / 8));
      case 'many':
        return new Array(tagged.n as number).fill(decode(tagged.of));
      case 'holes':
        return new Array(tagged.n as number);
      case 'deep': {
        let nested: unknown = { type: 'check' };
        for (let i = 0; i < (tagged.n as number); i++) nested = { type: 'check', sentences: [nested] };
        return nested;
      }
      case 'cycle': {
        const loop: { [key: string]: unknown } = { type: 'check', pageDate: null };
        loop.sentences = [loop];
        loop.self = loop;
        return loop;
      }
      case 'own-proto': {
        // "__proto__" as an own key, as JSON.parse makes it (an object literal would set the prototype).
        const base = tagged.with === undefined ? { type: 'search' } : decode(tagged.with);
        const own = JSON.parse('{"__proto__": {"polluted": true}}') as object;
        return Object.assign(own, base);
      }
    }
    const out: { [key: string]: unknown } = {};
    for (const key of Object.keys(tagged)) out[key] = decode(tagged[key]);
    return out;
  };
  return decode(value);
}
