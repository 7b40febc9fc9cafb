import type { CheckResult, Evidence } from '../../../../src/engine';

/** A piece of evidence as the engine returns it; override what the test is about. */
export function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    statementId: 's1',
    url: 'https://example.org/article',
    outlet: 'Armenpress',
    speaker: 'Nikol Pashinyan',
    speakerRole: 'Prime Minister of Armenia',
    date: '2023-11-14',
    datePrecision: 'day',
    quote: 'I will not attend the CSTO summit in Minsk.',
    kind: 'quote',
    stance: 'corroborates',
    reason: 'Same assertion',
    ...over,
  } as Evidence;
}

export function result(over: Partial<CheckResult> = {}): CheckResult {
  return {
    mentions: true,
    verdict: 'corroborated',
    reason: 'Pashinyan said so himself on Nov 14, 2023.',
    evidence: [evidence()],
    ...over,
  } as CheckResult;
}

/** Stands in for the CSS Custom Highlight API, which happy-dom does not have. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

export function installFakeHighlights(): Map<string, FakeHighlight> {
  const registry = new Map<string, FakeHighlight>();
  // happy-dom's CSS is a getter that makes a new object each time: replace it with a fixed one.
  Object.defineProperty(globalThis, 'Highlight', {
    value: FakeHighlight,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(globalThis, 'CSS', {
    value: { highlights: registry },
    configurable: true,
    writable: true,
  });
  return registry;
}
