// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ClaimCard, PAGE_INTERFERED } from '../../../../src/ui/card/ClaimCard';
import { evidence, result } from '../../page/fixtures';

afterEach(cleanup);

const noop = () => {};

describe('ClaimCard', () => {
  test('shows the verdict in words, the reason, and the evidence with speaker, role, outlet and dates', () => {
    const { container, getByRole } = render(
      <ClaimCard
        sentence="Pashinyan will not attend the CSTO summit."
        result={result({
          verdict: 'conflicting',
          reason: 'He said he would not go; the sentence is the same.',
        })}
        pageDate="2023-11-23"
        onMore={noop}
        onClose={noop}
      />,
    );
    const card = getByRole('dialog');
    expect(card.getAttribute('aria-label')).toBe('Receipts: Conflicting');
    const text = container.textContent ?? '';
    expect(text).toContain('Conflicting');
    expect(text).toContain('He said he would not go; the sentence is the same.');
    expect(text).toContain('I will not attend the CSTO summit in Minsk.');
    expect(text).toContain('Nikol Pashinyan');
    expect(text).toContain('Prime Minister of Armenia');
    expect(text).toContain('Armenpress');
    expect(text).toContain('Nov 14, 2023');
    expect(text).toContain('9 days before this page');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/article');
  });

  test('says so when the page was caught changing the highlights, and only then', () => {
    const props = { sentence: 'Pashinyan.', result: result(), pageDate: null, onMore: noop, onClose: noop };
    const quiet = render(<ClaimCard {...props} />);
    expect(quiet.queryByRole('alert')).toBeNull();
    cleanup();
    const flagged = render(<ClaimCard {...props} pageInterfered />);
    expect(flagged.getByRole('alert').textContent).toBe(PAGE_INTERFERED);
  });

  test('at most three pieces of evidence, the deciding side first, and the rest counted', () => {
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
    expect(quotes).toEqual(['quote k1', 'quote c1', 'quote r1']);
    expect(container.textContent).toContain('2 more in the record');
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

  test('"More in the sidebar" and the close button call back', () => {
    const calls: string[] = [];
    const { getByText, getByLabelText } = render(
      <ClaimCard
        sentence="s"
        result={result()}
        pageDate={null}
        onMore={() => calls.push('more')}
        onClose={() => calls.push('close')}
        notice="Open it from the toolbar."
      />,
    );
    fireEvent.click(getByText('More in the sidebar'));
    fireEvent.click(getByLabelText('Close'));
    expect(calls).toEqual(['more', 'close']);
    expect(getByText('Open it from the toolbar.').getAttribute('role')).toBe('status');
  });
});
