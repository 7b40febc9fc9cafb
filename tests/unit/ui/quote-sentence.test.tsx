// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimCard } from '../../../src/content-scripts/page-app/ClaimCard';
import type { Evidence } from '../../../src/engine';
import { EvidenceView, QuoteInSentence, sentenceOf } from '../../../src/ui/EvidenceView';
import { evidence, result } from '../content-scripts/page-app/fixtures';

afterEach(cleanup);

const FRAGMENT = 'adding that Armenia remains a welcome member of the group';
const BEFORE = 'On December 5, Lavrov said the CSTO had not received any word, ';
const inSentence = (over: Partial<Evidence> = {}): Evidence =>
  ({
    ...evidence({
      quote: FRAGMENT,
      kind: 'report',
      speaker: 'Sergei Lavrov',
      stance: 'corroborates',
      ...over,
    }),
    sentence: { before: BEFORE, after: '.' },
  }) as Evidence;

describe('a statement in its whole sentence', () => {
  test('the card quotes the whole sentence, the statement set apart from the rest', () => {
    const { container } = render(
      <ClaimCard
        sentence="Armenia remains a welcome member of the CSTO, Lavrov said."
        result={result({ verdict: 'corroborated', evidence: [inSentence()] })}
        pageDate="2023-12-06"
        onMore={() => {}}
        onClose={() => {}}
      />,
    );
    const quote = container.querySelector('blockquote');
    expect(quote?.textContent).toBe(`${BEFORE}${FRAGMENT}.`);
    expect([...(quote?.querySelectorAll('.quote-around') ?? [])].map((e) => e.textContent)).toEqual([
      BEFORE,
      '.',
    ]);
    expect(quote?.querySelector('.quote-own')?.textContent).toBe(FRAGMENT);
  });

  test('marks stay on the statement’s words, offsets counted in the statement', () => {
    const { container } = render(
      <QuoteInSentence
        quote={FRAGMENT}
        highlights={[{ start: 12, end: 19 }]}
        sentence={{ before: BEFORE, after: '.' }}
      />,
    );
    expect(container.querySelector('.quote-own mark')?.textContent).toBe('Armenia');
    expect(container.querySelectorAll('mark')).toHaveLength(1);
  });

  test('the popup’s and sidebar’s evidence shows the sentence too', () => {
    const { container } = render(<EvidenceView evidence={inSentence()} />);
    expect(container.querySelector('blockquote')?.textContent).toBe(`${BEFORE}${FRAGMENT}.`);
  });

  test('a statement that is its whole sentence, or evidence without one, is quoted alone', () => {
    const { container } = render(<EvidenceView evidence={evidence()} />);
    expect(container.querySelector('blockquote')?.textContent).toBe(
      'I will not attend the CSTO summit in Minsk.',
    );
    expect(container.querySelector('.quote-around')).toBeNull();
    expect(sentenceOf({ ...evidence(), sentence: { before: 1 } } as unknown as Evidence)).toBeNull();
  });
});
