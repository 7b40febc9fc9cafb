// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimCard } from '../../../../src/content-scripts/page-app/ClaimCard';
import { ENGLISH } from '../../../../src/i18n/translate';
import { evidence, result } from './fixtures';

afterEach(cleanup);

const noop = () => {};

describe('ClaimCard', () => {
  test('the verdict in words with what it means, then the one quote: who said it, who reported it, when', () => {
    const { container, getByRole } = render(
      <ClaimCard
        sentence="Pashinyan will attend the CSTO summit."
        result={result({
          verdict: 'conflicting',
          reason: 'He said he would not go; the sentence says he would.',
          evidence: [
            evidence({
              stance: 'conflicts',
              published: { date: '2023-11-15', precision: 'day' },
              lang: 'en',
            }),
          ],
        })}
        pageDate="2023-11-23"
        onMore={noop}
        onClose={noop}
      />,
    );
    const card = getByRole('dialog');
    expect(card.getAttribute('aria-label')).toBe('Receipts: Conflicting');
    expect(card.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.head .verdict')?.textContent).toBe('✗ Conflicting');
    expect(container.querySelector('.meaning')?.textContent).toBe('Sources in the record say otherwise.');
    const text = container.textContent ?? '';
    expect(text).toContain('He said he would not go; the sentence says he would.');
    expect(container.querySelector('blockquote')?.textContent).toBe(
      'I will not attend the CSTO summit in Minsk.',
    );
    expect(container.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(container.querySelector('.who')?.textContent).toBe('Nikol Pashinyan, quoted by Armenpress');
    expect(container.querySelector('.who strong')?.getAttribute('title')).toBe('Prime Minister of Armenia');
    expect(container.querySelector('.when')?.textContent).toBe(
      'Said Nov 14, 2023 (9 days before this page) · published Nov 15, 2023',
    );
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/article');
  });

  test('an outdated sentence reads as Outdated, with when it stopped holding and what changed it', () => {
    const { container } = render(
      <ClaimCard
        sentence="Armenia has no plans to leave the CSTO."
        result={result({
          verdict: 'conflicting',
          outdated: { since: '2024-06-12' },
          reason: 'Held until Jun 12, 2024, then it changed.',
          evidence: [evidence({ stance: 'conflicts', quote: 'We will leave.', date: '2024-06-12' })],
        })}
        pageDate="2024-12-06"
        onMore={noop}
        onClose={noop}
      />,
    );
    expect(container.querySelector('.card')?.classList.contains('card-outdated')).toBe(true);
    expect(container.querySelector('.head .verdict')?.textContent).toBe('↺ Outdated');
    expect(container.textContent).toContain('Held until Jun 12, 2024');
    expect(container.querySelector('.role')?.textContent).toBe('What changed it');
  });

  test('a report names its speaker apart from the outlet; an outlet alone is the reporter', () => {
    const seen = (over: Parameters<typeof evidence>[0]) => {
      const { container } = render(
        <ClaimCard
          sentence="s"
          result={result({ evidence: [evidence(over)] })}
          pageDate={null}
          onMore={noop}
          onClose={noop}
        />,
      );
      const who = container.querySelector('.who')?.textContent;
      cleanup();
      return who;
    };
    expect(seen({ kind: 'report', outlet: 'PanARMENIAN.Net' })).toBe(
      'Nikol Pashinyan, as reported by PanARMENIAN.Net',
    );
    expect(seen({ kind: 'report', speaker: 'TASS', outlet: 'TASS' })).toBe('Reported by TASS');
  });

  test('a year-only date is the event’s, not a day anyone said it: only the publication is dated', () => {
    const { container } = render(
      <ClaimCard
        sentence="s"
        result={result({
          evidence: [
            evidence({
              date: '1992-01-01',
              datePrecision: 'year',
              published: { date: '2024-06-12', precision: 'day' },
            }),
          ],
        })}
        pageDate="2024-12-06"
        onMore={noop}
        onClose={noop}
      />,
    );
    expect(container.querySelector('.when')?.textContent).toBe(
      'Published Jun 12, 2024 (6 months before this page)',
    );
  });

  test('only the deciding words are marked, not "said", "the" or "will"', () => {
    const quote = 'Pashinyan said the CSTO will not decide.';
    const at = (word: string) => ({ start: quote.indexOf(word), end: quote.indexOf(word) + word.length });
    const { container } = render(
      <ClaimCard
        sentence="s"
        result={result({
          evidence: [
            evidence({ quote, highlights: [at('said'), at('the'), at('CSTO'), at('will'), at('decide')] }),
          ],
        })}
        pageDate={null}
        onMore={noop}
        onClose={noop}
      />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['CSTO', 'decide']);
  });

  test('says so when the page was caught changing the highlights, and only then', () => {
    const props = { sentence: 'Pashinyan.', result: result(), pageDate: null, onMore: noop, onClose: noop };
    const quiet = render(<ClaimCard {...props} />);
    expect(quiet.queryByRole('alert')).toBeNull();
    cleanup();
    const flagged = render(<ClaimCard {...props} pageInterfered />);
    expect(flagged.getByRole('alert').textContent).toBe(ENGLISH.t('pageInterfered'));
  });

  test('one quote, the deciding side first, and the rest counted as sources in the sidebar', () => {
    const ids = ['r1', 'c1', 'r2', 'k1', 'r3'];
    const stances = ['related', 'corroborates', 'related', 'conflicts', 'related'] as const;
    const { container } = render(
      <ClaimCard
        sentence="s"
        result={result({
          verdict: 'conflicting',
          evidence: ids.map((id, i) =>
            evidence({ statementId: id, stance: stances[i], quote: `quote ${id}` }),
          ),
        })}
        pageDate={null}
        onMore={noop}
        onClose={noop}
      />,
    );
    const quotes = [...container.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual(['quote k1']);
    expect(container.querySelector('.role')?.textContent).toBe('What says otherwise');
    expect(container.querySelector('.more')?.textContent).toBe('4 more sources in the sidebar');
  });

  test('HTML and script in the sentence or the record are shown as text, never run', () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const { container } = render(
      <ClaimCard
        sentence={`Pashinyan ${payload}`}
        result={result({
          reason: payload,
          evidence: [
            evidence({ quote: payload, speaker: payload, outlet: payload, url: 'javascript:alert(1)' }),
          ],
        })}
        pageDate={null}
        onMore={noop}
        onClose={noop}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain(payload);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    // A link that is not http(s) is not a link.
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
  });

  test('the way to the sidebar and the close button call back', () => {
    const calls: string[] = [];
    const { getByText, getByLabelText } = render(
      <ClaimCard
        sentence="s"
        result={result()}
        pageDate={null}
        onMore={() => calls.push('more')}
        onClose={() => calls.push('close')}
        notice="sidebarRefused"
      />,
    );
    fireEvent.click(getByText('Open in the sidebar'));
    fireEvent.click(getByLabelText('Close'));
    expect(calls).toEqual(['more', 'close']);
    expect(getByText(ENGLISH.t('sidebarRefused')).getAttribute('role')).toBe('status');
  });
});
