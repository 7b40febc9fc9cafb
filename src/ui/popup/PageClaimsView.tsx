import { useState } from 'preact/hooks';
import type { PageClaim, PageClaims } from '../../messages/page-contract';
import { EvidenceView } from '../EvidenceView';
import { READER_VERDICT_ORDER, type ReaderVerdict, readerVerdict, VERDICT_WORDS } from '../reader-verdict';
import { VerdictBadge } from '../VerdictBadge';
import { excerpt } from './excerpt';

export function groupByVerdict(
  claims: PageClaim[] | undefined,
): { verdict: ReaderVerdict; claims: PageClaim[] }[] {
  // The answer is validated (src/messages/page-contract.ts), but a popup must not die of a bad one.
  const list = Array.isArray(claims) ? claims.filter((c) => c?.result) : [];
  return READER_VERDICT_ORDER.map((verdict) => ({
    verdict,
    claims: list.filter((c) => readerVerdict(c.result) === verdict),
  })).filter((group) => group.claims.length > 0);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The page's claims: a count per verdict, then one line per claim whose evidence opens on demand. */
export function PageClaimsView({
  page,
  onShow,
  evidencePerClaim = 1,
}: {
  page: PageClaims;
  /** Scrolls the page to the claim and opens its card. */
  onShow: (claim: PageClaim) => void;
  evidencePerClaim?: number;
}) {
  if (page.state === 'paused') {
    return <p class="notice">Receipts is paused on this site.</p>;
  }
  if (page.state === 'blocked') {
    return (
      <p class="notice" role="alert">
        This page mentions the CSTO or Nikol Pashinyan, but something in it keeps Receipts from checking it,
        so nothing here is highlighted. Treat what it says about them with care.
      </p>
    );
  }
  if (page.state === 'no-mentions') {
    return (
      <p class="notice">
        Nothing on this page mentions the CSTO or Nikol Pashinyan, so there is nothing to check.
      </p>
    );
  }
  const claims = Array.isArray(page.claims) ? page.claims : [];
  const groups = groupByVerdict(claims);
  const scanning = page.state === 'scanning';
  // One line per claim, most serious first, so the popup stays short however many claims a page has
  // (it was 9,361 px tall with every claim's evidence open, issue 15); evidence opens on demand.
  return (
    <div class="page-claims">
      <p class="claims-summary" aria-live="polite">
        {claims.length === 0
          ? scanning
            ? 'Checking this page…'
            : 'This page mentions the CSTO or Pashinyan, but no sentence makes a claim Receipts can check.'
          : `${plural(claims.length, 'claim')} on this page${scanning ? ' so far (still checking)' : ''}: ${groups
              .map((g) => `${g.claims.length} ${VERDICT_WORDS[g.verdict]}`)
              .join(', ')}.`}
      </p>
      {groups.length > 0 ? (
        <ul class="plain verdict-counts" aria-hidden="true">
          {groups.map((group) => (
            <li key={group.verdict} class={`verdict-count verdict-${group.verdict}`}>
              <span class="count-number">{group.claims.length}</span> <VerdictBadge verdict={group.verdict} />
            </li>
          ))}
        </ul>
      ) : null}
      {groups.map((group) => (
        <section class="verdict-group" key={group.verdict} aria-labelledby={`group-${group.verdict}`}>
          <h2 id={`group-${group.verdict}`} class="visually-hidden">
            <VerdictBadge verdict={group.verdict} /> <span class="count">({group.claims.length})</span>
          </h2>
          <ul class="plain claims">
            {group.claims.map((claim) => (
              <ClaimItem
                key={claim.index}
                claim={claim}
                pageDate={page.pageDate ?? undefined}
                onShow={onShow}
                evidence={evidencePerClaim}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ClaimItem({
  claim,
  pageDate,
  onShow,
  evidence,
}: {
  claim: PageClaim;
  pageDate: string | undefined;
  onShow: (claim: PageClaim) => void;
  evidence: number;
}) {
  const [open, setOpen] = useState(false);
  const shown = claim.result.evidence.slice(0, evidence);
  // The verdict's reason is often the top evidence's own reason word for word: say it once.
  const reason = claim.result.reason && claim.result.reason !== shown[0]?.reason ? claim.result.reason : null;
  const detailsId = `claim-details-${claim.index}`;
  const verdict = readerVerdict(claim.result);
  return (
    <li class={`claim${open ? ' open' : ''}`} data-index={claim.index} data-verdict={verdict}>
      <div class="claim-line">
        <span class={`verdict-dot verdict-${verdict}`} aria-hidden="true" />
        <button type="button" class="claim-jump" title={claim.text} onClick={() => onShow(claim)}>
          <span class="visually-hidden">Show on the page: </span>“{excerpt(claim.text)}”
          <span class="visually-hidden"> ({VERDICT_WORDS[verdict]})</span>
        </button>
        <button
          type="button"
          class="claim-expand"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span class="visually-hidden">Evidence</span>
        </button>
      </div>
      {open ? (
        <div class="claim-details" id={detailsId}>
          <p class="claim-verdict">
            <VerdictBadge verdict={verdict} />
            {reason ? <span class="reason"> — {reason}</span> : null}
          </p>
          {shown.length > 0 ? (
            shown.map((e) => <EvidenceView key={`${e.url}|${e.quote}`} evidence={e} pageDate={pageDate} />)
          ) : (
            <p class="muted">The record holds nothing on this sentence.</p>
          )}
        </div>
      ) : null}
    </li>
  );
}
