import type { CheckResult } from '../engine/types';
import { type CurvePoint, type Decision, decisionOf, precisionCoverageCurve } from './curve';
import type { Check } from './generate';
import type { GeneratedSentence, LabelledSentence } from './labelled';
import { bucketOf, type Figures, type Output, score } from './score';

// Runs the engine over every set and gathers, per set, per language and per kind, the scorer's
// figures, the precision and coverage of decisive verdicts and the precision-coverage curve; and
// for the generated sets, the verdicts a neutral addition changed and the contrasts still
// Corroborated.

export interface LabelledSet {
  name: string;
  rows: readonly LabelledSentence[];
}

export interface Group {
  /** "all", "lang en", "kind flip" ... */
  label: string;
  figures: Figures;
  /** Null when the engine reports no `decision`: then only the operating point is known. */
  curve: CurvePoint[] | null;
}

export interface SetReport {
  name: string;
  groups: Group[];
}

export interface Flip {
  id: string;
  kind: string;
  claim: string;
  base: string;
  text: string;
  change: string;
  baseVerdict: string;
  verdict: string;
}

export interface PerturbationReport {
  items: number;
  /** Invariance: verdicts that changed. Contrast: sentences still Corroborated. */
  failures: Flip[];
  rate: number | null;
  byKind: { kind: string; items: number; failures: number; asExpected: number }[];
  /** Invariance only: the same, by the addition's template. */
  byChange?: { change: string; items: number; failures: number; asExpected: number }[];
}

export interface EvalReport {
  sets: SetReport[];
  invariance: PerturbationReport & { newWrongDirection: number };
  contrast: PerturbationReport;
  engineReportsDecision: boolean;
  /** The curve over the tuning sets together: the one to read a threshold from. */
  tuning: { sets: string[]; curve: CurvePoint[] | null };
}

/** The engine's answer for each distinct sentence and page date, computed once. */
export function memoised(check: Check): Check {
  const cache = new Map<string, CheckResult>();
  return (text, pageDate) => {
    const key = `${pageDate}\u0000${text}`;
    let result = cache.get(key);
    if (!result) {
      result = check(text, pageDate);
      cache.set(key, result);
    }
    return result;
  };
}

/**
 * A check that never throws: an engine that fails on a sentence is scored as having said nothing
 * about it (a miss, never a verdict), and the failure is passed to `onError` to be reported.
 */
export function guarded(
  check: Check,
  onError: (text: string, pageDate: string, error: unknown) => void,
): Check {
  return (text, pageDate) => {
    try {
      return check(text, pageDate);
    } catch (error) {
      onError(text, pageDate, error);
      return { mentions: true, verdict: 'none', reason: '', evidence: [] };
    }
  };
}

function groupsOf(rows: readonly LabelledSentence[]): { label: string; rows: LabelledSentence[] }[] {
  const groups = [{ label: 'all', rows: [...rows] }];
  for (const key of ['lang', 'kind'] as const) {
    const values = [
      ...new Set(rows.map((r) => r[key]).filter((v): v is string => typeof v === 'string')),
    ].sort();
    if (values.length < 2 && key === 'kind') continue;
    for (const value of values)
      groups.push({ label: `${key} ${value}`, rows: rows.filter((r) => r[key] === value) });
  }
  return groups;
}

function perturbationReport(
  rows: readonly GeneratedSentence[],
  verdictOf: (row: GeneratedSentence) => string,
  failed: (row: GeneratedSentence, verdict: string) => boolean,
  expected: (row: GeneratedSentence, verdict: string) => boolean,
  byChange = false,
): PerturbationReport {
  const failures: Flip[] = [];
  const kinds = new Map<string, { items: number; failures: number; asExpected: number }>();
  const changes = new Map<string, { items: number; failures: number; asExpected: number }>();
  for (const row of rows) {
    const verdict = verdictOf(row);
    const k = kinds.get(row.kind) ?? { items: 0, failures: 0, asExpected: 0 };
    const c = changes.get(row.change) ?? { items: 0, failures: 0, asExpected: 0 };
    k.items++;
    c.items++;
    if (expected(row, verdict)) {
      k.asExpected++;
      c.asExpected++;
    }
    changes.set(row.change, c);
    if (failed(row, verdict)) {
      k.failures++;
      c.failures++;
      const { id, kind, claim, base, text, change, baseVerdict } = row;
      failures.push({ id, kind, claim, base, text, change, baseVerdict, verdict });
    }
    kinds.set(row.kind, k);
  }
  return {
    items: rows.length,
    failures,
    rate: rows.length === 0 ? null : failures.length / rows.length,
    byKind: [...kinds.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([kind, k]) => ({ kind, ...k })),
    ...(byChange
      ? {
          byChange: [...changes.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([change, c]) => ({ change, ...c })),
        }
      : {}),
  };
}

/** `check` is called once per row: pass it through `memoised` when sets share sentences. */
export function evaluate(
  check: Check,
  sets: readonly LabelledSet[],
  generated: { invariance: readonly GeneratedSentence[]; contrast: readonly GeneratedSentence[] },
  options: { tuning?: readonly string[] } = {},
): EvalReport {
  const resultOf = (row: LabelledSentence) => check(row.text, row.page_date);
  let engineReportsDecision = false;
  const reports: SetReport[] = [];
  const generatedNames = ['invariance', 'contrast'];
  const all: LabelledSet[] = [
    ...sets,
    { name: 'invariance', rows: generated.invariance },
    { name: 'contrast', rows: generated.contrast },
  ];
  for (const set of all) {
    const outputs = new Map<string, Output>();
    const decisions = new Map<string, Decision | null>();
    for (const row of set.rows) {
      const result = resultOf(row);
      outputs.set(row.id, {
        id: row.id,
        mentions: result.mentions,
        verdict: result.verdict,
        evidence: result.evidence,
      });
      const decision = decisionOf(result);
      if (decision) engineReportsDecision = true;
      decisions.set(row.id, decision);
    }
    reports.push({
      name: set.name,
      groups: groupsOf(set.rows).map(({ label, rows }) => {
        const figures = score(rows, outputs);
        // Each error is listed once, with the whole labelled set; a group's share adds nothing,
        // and a generated set's are its invariance or contrast failures, listed below.
        const listErrors = label === 'all' && !generatedNames.includes(set.name);
        return {
          label,
          figures: listErrors ? figures : { ...figures, errors: [] },
          curve: precisionCoverageCurve(rows, decisions),
        };
      }),
    });
  }
  const tuningNames = (options.tuning ?? []).filter((name) => sets.some((s) => s.name === name));
  // Ids are unique within a set only: the set's name keeps them apart.
  const tuningRows = sets
    .filter((s) => tuningNames.includes(s.name))
    .flatMap((s) => s.rows.map((row) => ({ ...row, id: `${s.name}/${row.id}` })));
  const tuningCurve = precisionCoverageCurve(
    tuningRows,
    new Map(tuningRows.map((row) => [row.id, decisionOf(resultOf(row))])),
  );
  const verdictOf = (row: GeneratedSentence) => {
    const result = resultOf(row);
    return result.mentions ? result.verdict : 'no mention';
  };
  const wrongWay = (row: GeneratedSentence, verdict: string) =>
    bucketOf(verdict) === (row.verdict === 'supported' ? 'conflicting' : 'corroborated');
  const invariance = perturbationReport(
    generated.invariance,
    verdictOf,
    (row, verdict) => verdict !== row.baseVerdict,
    (row, verdict) => verdict === row.baseVerdict,
    true,
  );
  const contrast = perturbationReport(
    generated.contrast,
    verdictOf,
    (_row, verdict) => verdict === 'corroborated',
    (row, verdict) =>
      row.verdict === 'contradicted' ? verdict === 'conflicting' : bucketOf(verdict) === 'other',
  );
  return {
    sets: reports,
    invariance: {
      ...invariance,
      newWrongDirection: generated.invariance.filter((row) => wrongWay(row, verdictOf(row))).length,
    },
    contrast,
    engineReportsDecision,
    tuning: { sets: tuningNames, curve: tuningCurve },
  };
}
