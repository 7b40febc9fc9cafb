import { useState } from 'preact/hooks';
import {
  READER_VERDICT_ORDER,
  type ReaderVerdict,
  readerVerdict,
  verdictWord,
} from '../../i18n/reader-verdict';
import { useText } from '../../i18n/text-context';
import type { PageClaim, PageClaims } from '../../messages/page-contract';
import { EvidenceView } from '../../ui/EvidenceView';
import { VerdictBadge } from '../../ui/VerdictBadge';
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
  const text = useText();
  if (page.state === 'paused') {
    return <p class="notice">{text.t('pausedSite')}</p>;
  }
  if (page.state === 'blocked') {
    return (
      <p class="notice" role="alert">
        {text.t('pageBlocked')}
      </p>
    );
  }
  if (page.state === 'no-mentions') {
    return <p class="notice">{text.t('noMentions')}</p>;
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
          ? text.t(scanning ? 'checkingPage' : 'noCheckable')
          : text.count(
              scanning ? 'claimsSoFar' : 'claimsOnPage',
              claims.length,
              new Intl.ListFormat(text.locale, { type: 'unit' }).format(
                groups.map((g) => text.t('verdictCount', g.claims.length, verdictWord(g.verdict, text))),
              ),
            )}
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
  const text = useText();
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
        <button
          type="button"
          class="claim-jump"
          title={claim.text}
          aria-label={text.t('claimJump', text.t('quoted', excerpt(claim.text)), verdictWord(verdict, text))}
          onClick={() => onShow(claim)}
        >
          {text.t('quoted', excerpt(claim.text))}
        </button>
        <button
          type="button"
          class="claim-expand"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span class="visually-hidden">{text.t('evidence')}</span>
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
            <p class="muted">{text.t('recordNothing')}</p>
          )}
        </div>
      ) : null}
    </li>
  );
}
