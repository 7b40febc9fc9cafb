import { readerVerdict, VERDICT_WORDS } from '../i18n/reader-verdict';
import type { PageClaim, PageState } from '../messages/page-contract';
import { distanceFromPage, formatDate } from '../ui/format-date';
import type { BrowserKind } from './find-browser';

// What `npm run scan` prints: a table a person reads in a terminal, or JSON for a program.

export interface ScanReport {
  url: string;
  browser: BrowserKind;
  state: PageState;
  pageDate: string | null;
  claims: PageClaim[];
}

// Most serious first, as the badge and the popup order them.
const ORDER = ['conflicting', 'disputed', 'corroborated', 'related'] as const;

export function summary(report: ScanReport): string {
  const n = report.claims.length;
  if (n === 0) return 'No claims.';
  const counts = ORDER.flatMap((verdict) => {
    const k = report.claims.filter((c) => c.result.verdict === verdict).length;
    // Outdated sentences count as conflicting for programs; the reader is told how many they are.
    const outdated = report.claims.filter((c) => c.result.verdict === verdict && c.result.outdated).length;
    return k > 0 ? [`${k} ${verdict}${outdated > 0 ? ` (${outdated} of them outdated)` : ''}`] : [];
  });
  return `${n} claim${n === 1 ? '' : 's'}: ${counts.join(', ')}`;
}

/** Greedy word wrap; a word longer than the width is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** The claims as a table of three columns: number, verdict, and the claim with its reason and top evidence. */
export function formatReport(report: ScanReport, width = 100): string {
  const numberWidth = Math.max(2, String(report.claims.length).length);
  const verdictWidth = Math.max(...[...ORDER, 'outdated' as const].map((v) => VERDICT_WORDS[v].length));
  const left = numberWidth + 2 + verdictWidth + 2;
  const textWidth = Math.max(30, width - left);
  const out: string[] = [];
  out.push(
    `Receipts, in headless ${report.browser === 'firefox' ? 'Firefox' : 'Chromium'}, on ${report.url}`,
  );
  // A page with no mention is left at the first look, which does not read the date.
  if (report.state !== 'no-mentions')
    out.push(`Page date: ${report.pageDate ? formatDate(report.pageDate) : 'none found in the page'}`);
  out.push(summary(report));
  if (report.claims.length === 0) {
    out.push(
      report.state === 'no-mentions'
        ? 'The page never names the CSTO or Pashinyan: nothing to check.'
        : 'The page names the CSTO or Pashinyan, but the record holds nothing on what it says.',
    );
    return `${out.join('\n')}\n`;
  }
  out.push('');
  const row = (number: string, verdict: string, text: string) =>
    `${number.padStart(numberWidth)}  ${verdict.padEnd(verdictWidth)}  ${text}`.trimEnd();
  out.push(row('#', 'Verdict', 'Claim · why · top evidence'));
  out.push(row('-'.repeat(numberWidth), '-'.repeat(verdictWidth), '-'.repeat(textWidth)));
  for (const [i, claim] of report.claims.entries()) {
    const { reason, evidence } = claim.result;
    const verdict = readerVerdict(claim.result);
    const cells = [...wrap(claim.text, textWidth)];
    if (reason) cells.push(...wrap(`Why: ${reason}`, textWidth));
    const top = evidence[0];
    if (top) {
      const when = formatDate(top.date, top.datePrecision);
      const distance = distanceFromPage(top.date, top.datePrecision, report.pageDate ?? undefined);
      // A report with no named speaker carries the outlet's name as its speaker.
      const who = top.speaker === top.outlet ? top.outlet : `${top.speaker}, ${top.outlet}`;
      const more = evidence.length > 1 ? ` (+${evidence.length - 1} more)` : '';
      cells.push(...wrap(`Evidence: ${who}, ${when}${distance ? ` (${distance})` : ''}${more}`, textWidth));
      cells.push(...wrap(`“${clip(top.quote, 240)}”`, textWidth - 2).map((line) => `  ${line}`));
    }
    for (const [line, cell] of cells.entries())
      out.push(line === 0 ? row(String(i + 1), VERDICT_WORDS[verdict], cell) : row('', '', cell));
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The same, for machines: every claim with its verdict, reason and all its evidence. */
export function reportJson(report: ScanReport) {
  return {
    url: report.url,
    browser: report.browser,
    state: report.state,
    pageDate: report.pageDate,
    claims: report.claims.map(({ text, result }) => ({
      text,
      verdict: result.verdict,
      ...(result.outdated ? { outdated: result.outdated } : {}),
      reason: result.reason,
      evidence: result.evidence.map(
        ({ speaker, outlet, date, datePrecision, quote, stance, url, reason }) => ({
          speaker,
          outlet,
          date,
          datePrecision,
          quote,
          stance,
          reason,
          url,
        }),
      ),
    })),
  };
}
