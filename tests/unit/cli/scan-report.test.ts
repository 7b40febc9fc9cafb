import { describe, expect, test } from 'vitest';
import { formatReport, reportJson, type ScanReport, summary, wrap } from '../../../src/cli/scan-report';
import type { Evidence } from '../../../src/engine';
import type { PageClaim } from '../../../src/messages/page-contract';

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  statementId: 's/01',
  url: 'https://example.org/a',
  outlet: 'Azatutyun',
  speaker: 'Nikol Pashinyan',
  date: '2023-11-14',
  datePrecision: 'day',
  quote: 'Pashinian will not attend the CSTO summit in Minsk.',
  kind: 'report',
  stance: 'corroborates',
  reason: 'The record says the same.',
  ...over,
});

const claim = (
  index: number,
  text: string,
  verdict: PageClaim['result']['verdict'],
  ev: Evidence[],
): PageClaim => ({
  index,
  text,
  result: { mentions: true, verdict, reason: `Reason for ${verdict}.`, evidence: ev },
});

const report: ScanReport = {
  url: 'http://127.0.0.1:1/article.html',
  browser: 'chromium',
  state: 'ready',
  pageDate: '2023-11-20',
  claims: [
    claim(0, 'Pashinyan skipped the CSTO summit in Minsk.', 'corroborated', [
      evidence(),
      evidence({ statementId: 's/02' }),
    ]),
    claim(
      1,
      'Pashinyan attended the CSTO summit in Minsk, which some say was the best-attended summit in years.',
      'conflicting',
      [
        evidence({
          stance: 'conflicts',
          speaker: 'Massis Post',
          outlet: 'Massis Post',
          datePrecision: 'month',
          date: '2023-11-01',
        }),
      ],
    ),
    claim(2, 'The CSTO is a topic.', 'related', []),
  ],
};

describe('formatReport', () => {
  const text = formatReport(report, 110);
  const lines = text.trimEnd().split('\n');

  test('heads the table with the page, its date and the verdict counts, most serious first', () => {
    expect(lines.slice(0, 3)).toEqual([
      'Receipts, in headless Chromium, on http://127.0.0.1:1/article.html',
      'Page date: Nov 20, 2023',
      '3 claims: 1 conflicting, 1 corroborated, 1 related',
    ]);
  });

  test('one row per claim: number, verdict word, the claim, why, and the top evidence with its date', () => {
    const row = (n: number) => lines.findIndex((line) => line.startsWith(`${String(n).padStart(2)}  `));
    expect(lines[row(1)]).toBe(' 1  Corroborated  Pashinyan skipped the CSTO summit in Minsk.');
    expect(lines[row(1) + 1]?.trim()).toBe('Why: Reason for corroborated.');
    expect(lines[row(1) + 2]?.trim()).toBe(
      'Evidence: Nikol Pashinyan, Azatutyun, Nov 14, 2023 (6 days before this page) (+1 more)',
    );
    expect(lines[row(1) + 3]?.trim()).toBe('“Pashinian will not attend the CSTO summit in Minsk.”');
    expect(lines[row(2)]).toMatch(/^ 2 {2}Conflicting {3}Pashinyan attended/);
    // A report whose speaker is its outlet names it once; a month-precise date is shown as a month.
    expect(text).toContain('Evidence: Massis Post, Nov 2023 (3 weeks before this page)');
    expect(lines[row(3)]).toBe(' 3  Related       The CSTO is a topic.');
  });

  test('every line fits the width, and continuation lines stay in the third column', () => {
    const narrow = formatReport(report, 72).split('\n');
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(72);
    const first = narrow.findIndex((line) => line.includes('Pashinyan attended'));
    // 2 for the number, 12 for "Corroborated", two spaces after each.
    expect(narrow[first + 1]).toMatch(/^ {18}\S/);
    expect(narrow.filter((line) => line.includes('Evidence:')).length).toBe(2);
  });

  test('a page with no claims says why there are none', () => {
    const none = formatReport({ ...report, claims: [], state: 'no-mentions', pageDate: null });
    expect(none).toBe(
      'Receipts, in headless Chromium, on http://127.0.0.1:1/article.html\n' +
        'No claims.\n' +
        'The page never names the CSTO or Pashinyan: nothing to check.\n',
    );
    const nothing = formatReport({ ...report, claims: [], state: 'ready', pageDate: null });
    expect(nothing).toContain('Page date: none found in the page\nNo claims.\n');
    expect(nothing).toContain('the record holds nothing on what it says');
  });
});

describe('summary, wrap and JSON', () => {
  test('singular and plural', () => {
    expect(summary({ ...report, claims: report.claims.slice(0, 1) })).toBe('1 claim: 1 corroborated');
  });

  test('wrap breaks at spaces and cuts a word longer than the width', () => {
    expect(wrap('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrap('abcdefghij k', 4)).toEqual(['abcd', 'efgh', 'ij k']);
    expect(wrap('', 4)).toEqual(['']);
  });

  test('JSON keeps every piece of evidence with its date and precision', () => {
    const json = reportJson(report);
    expect(json.claims).toHaveLength(3);
    expect(json.claims[0]?.evidence).toHaveLength(2);
    expect(json.claims[1]?.evidence[0]).toMatchObject({
      date: '2023-11-01',
      datePrecision: 'month',
      stance: 'conflicts',
    });
    expect(json.pageDate).toBe('2023-11-20');
  });
});
