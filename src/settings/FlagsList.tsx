import { useEffect, useState } from 'preact/hooks';
import type { Flag } from '../flags/flag';
import { flagsAsJsonl } from '../flags/kept';
import type { MessageKey } from '../i18n/catalog';
import { verdictWord } from '../i18n/reader-verdict';
import { useText } from '../i18n/text-context';

// The options page's list of the reader's flags (issue 17): what each says, deleting one or all,
// and the export the reader can send to whoever keeps the record. The file is made in the page
// (a Blob and a download link): nothing goes over the network, here or anywhere in Receipts.

export interface FlagsStore {
  get(): Promise<Flag[]>;
  watch(callback: (flags: Flag[]) => void): () => void;
  remove(flag: Flag): Promise<void>;
  clear(): Promise<void>;
}

const COMPLAINT_WORDS: Record<Flag['complaints'][number], MessageKey> = {
  verdict: 'flagVerdict',
  quote: 'flagQuote',
  date: 'flagDate',
  speaker: 'flagSpeaker',
};

/** Saves the text as a file on the reader's computer, through the browser's own download. */
export function saveFile(name: string, content: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'application/x-ndjson' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const exportName = (now: Date) => `receipts-flags-${now.toISOString().slice(0, 10)}.jsonl`;

export function FlagsList({
  store,
  save = saveFile,
  now = () => new Date(),
}: {
  store: FlagsStore;
  save?: (name: string, content: string) => void;
  now?: () => Date;
}) {
  const text = useText();
  const [flags, setFlags] = useState<Flag[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    store.get().then(setFlags, () => setFlags([]));
    return store.watch(setFlags);
  }, [store]);

  const change = (run: () => Promise<void>) => {
    setProblem(null);
    run().then(
      () => store.get().then(setFlags, () => {}),
      (error: unknown) =>
        setProblem(text.t('flagsNotChanged', error instanceof Error ? error.message : String(error))),
    );
  };

  // Newest first: the flag just made is the one the reader comes to look at.
  const shown = flags ? [...flags].reverse() : [];
  return (
    <section aria-labelledby="flags-title" class="flags">
      <h2 id="flags-title">{text.t('flagsTitle')}</h2>
      <p class="muted">{text.t('flagsExplain')}</p>
      {flags === null ? <p class="muted">{text.t('flagsLoading')}</p> : null}
      {flags?.length === 0 ? <p class="flags-none">{text.t('flagsNone')}</p> : null}
      {flags && flags.length > 0 ? (
        <>
          <p class="flags-count">{text.count('flagsCount', flags.length)}</p>
          <ul class="plain flags-list">
            {shown.map((flag) => (
              <li key={`${flag.flaggedAt}|${flag.sentence}`} class="flag">
                <blockquote class="flag-sentence">{flag.sentence}</blockquote>
                <p class="meta">
                  {text.t('flagsVerdict', verdictWord(flag.verdict, text))} ·{' '}
                  {text.t('flagsFlaggedOn', text.date(flag.flaggedAt.slice(0, 10)))}
                </p>
                <p class="flag-complaints-kept">
                  {text.t('flagsComplaints')}{' '}
                  {flag.complaints.map((c) => (
                    <span key={c} class="tag">
                      {text.t(COMPLAINT_WORDS[c])}
                    </span>
                  ))}
                </p>
                {flag.note ? <p class="flag-note-kept">“{flag.note}”</p> : null}
                {flag.pageUrl ? <p class="flag-url meta">{flag.pageUrl}</p> : null}
                <button type="button" class="flag-delete" onClick={() => change(() => store.remove(flag))}>
                  {text.t('flagsDelete')}
                </button>
              </li>
            ))}
          </ul>
          <p class="flags-actions">
            <button
              type="button"
              class="flags-export"
              onClick={() => save(exportName(now()), flagsAsJsonl(flags))}
            >
              {text.t('flagsExport')}
            </button>{' '}
            {confirming ? null : (
              <button type="button" class="flags-delete-all" onClick={() => setConfirming(true)}>
                {text.t('flagsDeleteAll')}
              </button>
            )}
          </p>
          {confirming ? (
            <div class="flags-confirm" role="alertdialog" aria-labelledby="flags-confirm-text">
              <p id="flags-confirm-text">{text.t('flagsConfirmDeleteAll')}</p>
              <button
                type="button"
                class="flags-confirm-yes"
                onClick={() => {
                  setConfirming(false);
                  change(() => store.clear());
                }}
              >
                {text.t('flagsConfirmYes')}
              </button>{' '}
              <button type="button" class="flags-confirm-no" onClick={() => setConfirming(false)}>
                {text.t('flagCancel')}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
