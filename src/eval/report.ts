import { type CurvePoint, operatingPoint } from './curve';
import type { EvalReport, Flip, Group, PerturbationReport } from './evaluate';

// The report in words: a Markdown page (docs/eval.md) and the short form the command prints.

const num = (x: number | null, digits = 3) => (x === null ? '–' : x.toFixed(digits));
const pct = (x: number | null) => (x === null ? '–' : `${(100 * x).toFixed(1)} %`);
/** The issue's bar: each decisive verdict right at least this often. */
const PRECISION_FLOOR = 0.95;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface ReportMeta {
  date: string;
  seed: number;
  record: string;
  seconds: number;
  /** Sentences the engine threw on, with its message; scored as a miss. */
  engineErrors: string[];
}

const HEADER =
  '| set | group | n | macro-F1 | F1 corr / conf / other | wrong dir. | P(Corroborated) | P(Conflicting) | coverage | false verdict on not-in-corpus | mentions P / R | evidence@3 |';
const RULE = '|---|---|---|---|---|---|---|---|---|---|---|---|';

function row(set: string, g: Group): string {
  const f = g.figures;
  return `| ${set} | ${g.label} | ${f.sentences} | ${num(f.macroF1)} | ${num(f.f1.corroborated)} / ${num(f.f1.conflicting)} / ${num(f.f1.other)} | ${f.wrongDirection}/${f.decidable} | ${num(f.precisionCorroborated)} | ${num(f.precisionConflicting)} | ${num(f.coverage)} | ${f.falseVerdict}/${f.notInCorpus} | ${num(f.mentionPrecision)} / ${num(f.mentionRecall)} | ${f.evidenceAt3}/${f.decidable} |`;
}

/** At most `max` points of a curve, evenly spread, always with both ends. */
export function sampleCurve(curve: readonly CurvePoint[], max: number): CurvePoint[] {
  if (curve.length <= max) return [...curve];
  const step = (curve.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => curve[Math.round(i * step)] as CurvePoint);
}

/** The first few of each kind, so the page stays readable; the JSON beside it has them all. */
const SHOWN_PER_KIND = 12;

function flipLines(flips: readonly Flip[]): string[] {
  if (flips.length === 0) return ['None.', ''];
  const shown: Flip[] = [];
  const perKind = new Map<string, number>();
  for (const f of flips) {
    const n = perKind.get(f.kind) ?? 0;
    perKind.set(f.kind, n + 1);
    if (n < SHOWN_PER_KIND) shown.push(f);
  }
  const hidden = flips.length - shown.length;
  return [
    '| id | kind | change | base → now | sentence |',
    '|---|---|---|---|---|',
    ...shown.map(
      (f) =>
        `| ${f.id} | ${f.kind} | ${cell(f.change)} | ${f.baseVerdict} → ${f.verdict} | ${cell(f.text)} |`,
    ),
    '',
    ...(hidden > 0
      ? [`The first ${SHOWN_PER_KIND} of each kind; ${hidden} more in \`eval/results/latest.json\`.`, '']
      : []),
  ];
}

function byKindLines(p: PerturbationReport, failureWord: string, expectedWord: string): string[] {
  return [
    `| kind | sentences | ${failureWord} | rate | ${expectedWord} |`,
    '|---|---|---|---|---|',
    ...p.byKind.map(
      (k) => `| ${k.kind} | ${k.items} | ${k.failures} | ${pct(k.failures / k.items)} | ${k.asExpected} |`,
    ),
    '',
  ];
}

export function markdown(report: EvalReport, meta: ReportMeta): string {
  const lines = [
    '# Engine evaluation',
    '',
    `Written by \`npm run eval\` on ${meta.date} (record: ${meta.record}; generated sets from seed ${meta.seed}; ${meta.seconds.toFixed(1)} s). The same figures, with every error, are in \`eval/results/latest.json\`. The sets are described in [eval/SOURCE.md](../eval/SOURCE.md) and [eval/README.md](../eval/README.md); \`real-odd\` is the tuning half of the real set, \`real-even\` the held-out half.`,
    '',
    "Columns: the scorer's figures (`eval/score.mjs`: macro-F1 over corroborated / conflicting / other, wrong-direction verdicts over decidable sentences, mentions precision and recall, a deciding source among the first three pieces of evidence), then how often Corroborated and Conflicting were right when shown, and coverage: the share of decidable sentences (supported or contradicted) given either.",
    '',
    'On the generated sets every sentence is decidable, so the F1 of "other" is 0 and macro-F1 at most 0.667 on the invariance set: read their rates below. A group with no mention to find (the control sentences) prints mentions 0 / 0, as the scorer defines it.',
    '',
    ...(meta.engineErrors.length > 0
      ? [
          `**The engine failed on ${meta.engineErrors.length} sentences** (each scored as a miss):`,
          '',
          ...meta.engineErrors.map((e) => `- ${cell(e)}`),
          '',
        ]
      : []),
    '## Every set',
    '',
    HEADER,
    RULE,
    ...report.sets.map((s) => row(s.name, s.groups[0] as Group)),
    '',
    '## By language and kind',
    '',
    HEADER,
    RULE,
    ...report.sets.flatMap((s) => s.groups.slice(1).map((g) => row(s.name, g))),
    '',
    '## Precision against coverage',
    '',
  ];
  if (!report.engineReportsDecision) {
    lines.push(
      'The engine does not report its best decisive candidate and score (`decision` on a check result), so no threshold can be swept: each set has only its operating point, the P(Corroborated), P(Conflicting) and coverage above.',
      '',
    );
  } else {
    lines.push(
      'A decision counts when its score is at or above the threshold; precision is over all decisions made, coverage over the decidable sentences.',
      '',
    );
    const curves = [
      ...(report.tuning.curve && report.tuning.sets.length > 1
        ? [{ name: `tuning (${report.tuning.sets.join(' + ')})`, curve: report.tuning.curve }]
        : []),
      ...report.sets.map((s) => ({ name: s.name, curve: (s.groups[0] as Group).curve })),
    ];
    lines.push(
      `Read a threshold off the tuning sets (${report.tuning.sets.join(', ') || 'none given'}); the other curves show what it does elsewhere, and the held-out half is scored, never tuned on.`,
      '',
    );
    for (const s of curves) {
      const curve = s.curve;
      if (!curve) continue;
      const best = operatingPoint(curve, PRECISION_FLOOR);
      lines.push(
        `**${s.name}**: ${
          best
            ? `precision ${PRECISION_FLOOR} or more for both verdicts down to threshold ${num(best.threshold)}, at coverage ${num(best.coverage)}`
            : `precision never reaches ${PRECISION_FLOOR} for both verdicts`
        }.`,
        '',
        '| threshold | precision | P(Corroborated) | P(Conflicting) | coverage | decisions | wrong |',
        '|---|---|---|---|---|---|---|',
      );
      for (const p of sampleCurve(curve, 12)) {
        lines.push(
          `| ${num(p.threshold)} | ${num(p.precision)} | ${num(p.precisionCorroborated)} | ${num(p.precisionConflicting)} | ${num(p.coverage)} | ${p.decisions} | ${p.wrong} |`,
        );
      }
      lines.push('');
    }
  }
  const inv = report.invariance;
  const con = report.contrast;
  lines.push(
    '## Invariance',
    '',
    `A neutral addition to a sentence the engine decides as the record does. ${inv.failures.length} of ${inv.items} verdicts changed (${pct(inv.rate)}); ${inv.newWrongDirection} of the variants came out in the wrong direction.`,
    '',
    ...byKindLines(inv, 'changed', 'unchanged'),
    "By addition ({weekday}, {month} and {day} are the page date's):",
    '',
    '| addition | sentences | changed | rate |',
    '|---|---|---|---|',
    ...(inv.byChange ?? []).map(
      (c) => `| ${cell(c.change)} | ${c.items} | ${c.failures} | ${pct(c.failures / c.items)} |`,
    ),
    '',
    '### Changed verdicts',
    '',
    ...flipLines(inv.failures),
    '## Contrast',
    '',
    `One real change to a sentence the engine calls Corroborated. ${con.failures.length} of ${con.items} are still Corroborated (${pct(con.rate)}). Expected: Conflicting after a negation, another date or another place; Related (not in the record) after another speaker or swapped roles.`,
    '',
    ...byKindLines(con, 'still Corroborated', 'as expected'),
    '### Still Corroborated',
    '',
    ...flipLines(con.failures),
    '## What the labelled sets still get wrong',
    '',
    "As `eval/score.mjs` prints them (want is the gold verdict, got the engine's).",
    '',
  );
  for (const s of report.sets) {
    if (s.name === 'invariance' || s.name === 'contrast') continue;
    const errors = (s.groups[0] as Group).figures.errors;
    lines.push(
      `**${s.name}** (${errors.length})`,
      '',
      ...(errors.length ? errors.map((e) => `- ${e}`) : ['None.']),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function summary(report: EvalReport): string {
  const lines = ['set                n    macro-F1  wrong  P(corr)  P(conf)  coverage  mentions P/R  ev@3'];
  for (const s of report.sets) {
    for (const g of s.groups) {
      const f = g.figures;
      const name = g.label === 'all' ? s.name : `  ${g.label}`;
      lines.push(
        `${name.padEnd(18)} ${String(f.sentences).padStart(4)}  ${num(f.macroF1).padStart(8)}  ${`${f.wrongDirection}/${f.decidable}`.padStart(5)}  ${num(f.precisionCorroborated).padStart(7)}  ${num(f.precisionConflicting).padStart(7)}  ${num(f.coverage).padStart(8)}  ${`${num(f.mentionPrecision, 2)}/${num(f.mentionRecall, 2)}`.padStart(12)}  ${`${f.evidenceAt3}/${f.decidable}`.padStart(6)}`,
      );
    }
  }
  const inv = report.invariance;
  const con = report.contrast;
  lines.push(
    '',
    `invariance: ${inv.failures.length}/${inv.items} verdicts changed (${pct(inv.rate)}), ${inv.newWrongDirection} wrong direction`,
    `contrast:   ${con.failures.length}/${con.items} still Corroborated (${pct(con.rate)})`,
    report.engineReportsDecision
      ? 'precision-coverage curves: in docs/eval.md'
      : 'precision-coverage: the engine reports no decision score, so only the operating point is known',
  );
  return lines.join('\n');
}
