import type { Analyzer } from './analyze/analyzer';
import type { Analysis, Pred } from './analyze/types';
import type { SentenceView } from './compare';
import type { Mismatch } from './compare-slots';
import { mainPredicates } from './main-predicates';
import { type ClaimView, signed } from './record-view';

// Who the sentence says spoke or acted, against who the record has speaking or acting: a
// corroboration needs the same people (split from stance.ts, which asks these questions).

// "X said Y" is backed only where the record has X (or someone X speaks for) saying it: "Belarus
// said it would recall its ambassador" is not "Armenia recalled its envoy", whoever did recall.
export function speakerOffRecord(
  sentence: Analysis,
  view: ClaimView,
  analyzer: Analyzer,
  outlets: Set<string>,
): boolean {
  const said = sentence.speaker?.id;
  if (!said || outlets.has(said)) return false;
  // The record's voices are who it has speaking: a statement's speaker, or the one a phrasing has
  // saying it. A name the words are about ("Armenia will leave") is no voice: an Armenian
  // official is compatible with Armenia, yet the record never has him saying so.
  const voices = new Set<string>();
  for (const p of view.phrasings) {
    if (p.side !== 'support') continue;
    for (const v of p.speakers) voices.add(v);
    const own = p.analysis.speaker?.id;
    if (own) voices.add(own);
    // Whoever does what the record reports may speak of his own act ("he told reporters he will
    // skip it"); a country named as the doer is not a voice of its own.
    for (const pred of mainPredicates(p.analysis)) {
      const doer = pred.agent?.id;
      if (doer && analyzer.entities.get(doer)?.kind !== 'place') voices.add(doer);
    }
  }
  // A claim the record states as fact is no one's words; what it backs is the fact, not a voice.
  if (voices.size === 0) return false;
  return ![...voices].some((v) => analyzer.compatible(said, v) || analyzer.compatible(v, said));
}

// "Galuzin declined to attend" is not backed by "Pashinian decided not to attend" merely because
// that phrasing's doer was not read: where the record names who does a predicate anywhere on the
// supporting side, a sentence giving it another doer is about someone else.
export function doerOffRecord(sv: SentenceView, view: ClaimView, analyzer: Analyzer): boolean {
  return sv.main.some((p) => {
    const ours = p.agent?.id;
    const known = view.agents.get(p.concept);
    if (!ours || !known || known.size === 0) return false;
    if (![...known].some((k) => analyzer.sameActor(ours, k))) return true;
    // Armenia fulfilled its obligations and the CSTO did not: "Armenia has not fulfilled" is
    // neither. The doer must do it with the sentence's sign, where the record has that sign.
    const same = view.agents.get(signed(p.concept, p.polarity));
    const opposite = view.agents.get(signed(p.concept, p.polarity === 1 ? -1 : 1));
    const does = (set?: Set<string>) => [...(set ?? [])].some((k) => analyzer.sameActor(ours, k));
    return does(opposite) && !does(same);
  });
}

// The sentence's main mention agrees with the claim's subject: whoever does the first thing the
// sentence asserts must stand for someone the supporting side has doing or saying something.
// "Eismont called Pashinyan" and "Lavrov called the CSTO a bubble alliance" put someone else in
// the subject's place, however alike the rest.
export function subjectOffRecord(sv: SentenceView, view: ClaimView, analyzer: Analyzer): boolean {
  const first = sv.main.find((p) => p.agent?.id);
  const ours = first?.agent?.id;
  if (!ours || analyzer.entities.get(ours)?.kind === 'place') return false;
  // Only the sentence's first name stands where a subject stands: in "Putin attributed
  // Pashinyan's statements to ...", Pashinyan is read as a doer of what the verb the lexicon
  // does not know governs.
  const opening = sv.analysis.entities.find((e) => !e.adjective);
  if (!opening || opening.at !== first?.agent?.at) return false;
  const subjects = new Set<string>();
  for (const p of view.phrasings) {
    if (p.side !== 'support') continue;
    for (const v of p.speakers) subjects.add(v);
    const own = p.analysis.speaker?.id;
    if (own) subjects.add(own);
    for (const pred of mainPredicates(p.analysis)) if (pred.agent?.id) subjects.add(pred.agent.id);
  }
  if (subjects.size === 0) return false;
  return ![...subjects].some((k) => analyzer.sameActor(ours, k));
}

// A contradicting phrasing denies the sentence only for the same doer: "Pashinyan was angry" is
// not the "Lukashenko was angered by Pashinyan's decision" the record denies, though it shares the
// anger and the name. Where both say who does a predicate they share, the two must agree. Where
// the phrasing's doer was not read, the name that opens it does its first predicate (in "Lukashenko
// urged Pashinyan to hurry", only the urging, be it a main predicate or not).
export function otherDoer(sv: SentenceView, phrasing: Analysis, analyzer: Analyzer): boolean {
  const theirs = mainPredicates(phrasing);
  const opening = phrasing.entities.find((e) => !e.adjective);
  const first = phrasing.preds[0];
  const doerOf = (q: Pred) =>
    q.agent?.id ?? (q === first && opening && opening.at < q.at ? opening.id : undefined);
  return sv.main.some((p) => {
    const ours = p.agent?.id;
    if (!ours) return false;
    const doers = theirs
      .filter((q) => q.concept === p.concept)
      .map(doerOf)
      .filter((d) => d !== undefined);
    return doers.length > 0 && !doers.some((d) => analyzer.sameActor(ours, d) || analyzer.sameActor(d, ours));
  });
}

// A denied part must say who does what the phrasing has someone do: "in a phone call with
// Pashinyan, Lukashenko advised ..." names no caller, so "Pashinyan called Lukashenko" is not in it.
export function doersRead(sv: SentenceView, phrasing: Analysis, analyzer: Analyzer): boolean {
  const theirs = mainPredicates(phrasing);
  return (
    theirs.length > 0 &&
    theirs.every((q) => {
      const doer = q.agent?.id;
      return (
        !doer ||
        sv.main.some((p) => p.concept === q.concept && p.agent?.id && analyzer.sameActor(p.agent.id, doer))
      );
    })
  );
}

// A flip denies the claim only for the same parties, where both say who they are: "helped
// Azerbaijan" does not deny "did not come to Armenia's aid", and "Belarus took part in preparing
// the war" says nothing of Pashinyan's not taking part in a summit.
export function sameParties(sentence: Analysis, view: ClaimView, m: Mismatch, analyzer: Analyzer): boolean {
  const concept = m.concept ?? '';
  const ours = sentence.preds.filter((p) => p.concept === concept);
  const fits = (known: Set<string> | undefined, named: string[], same: (a: string, b: string) => boolean) =>
    !known || known.size === 0 || named.length === 0 || named.some((a) => [...known].some((b) => same(a, b)));
  return (
    fits(
      view.patients.get(concept),
      ours.flatMap((p) => (p.patient ? [p.patient] : [])),
      (a, b) => analyzer.compatible(a, b),
    ) &&
    fits(
      view.agents.get(concept),
      ours.flatMap((p) => (p.agent?.id ? [p.agent.id] : [])),
      (a, b) => analyzer.sameActor(a, b),
    )
  );
}
