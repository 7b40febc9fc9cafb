import { useEffect, useState } from 'preact/hooks';
import { useText } from '../i18n/text-context';

export interface PausedSitesStore {
  get(): Promise<string[]>;
  set(host: string, paused: boolean): Promise<void>;
  watch(callback: (sites: string[]) => void): () => void;
}

// A hostname as a reader would type it: letters, digits, dots and hyphens (IDN hosts arrive in
// their punycode form, which is the same alphabet). Anything else cannot be a site Receipts visits.
const HOST = /^(?=.{1,253}$)[a-z0-9-]+(?:\.[a-z0-9-]+)*$/;

/** Hostname from what was typed: a bare host or a pasted address. */
export function hostFromInput(text: string): string | null {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) host = new URL(trimmed).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\/.*$/, '');
  return HOST.test(host) ? host : null;
}

/** The options page's list of sites where Receipts is paused, to resume them or add more. */
export function PausedSitesEditor({ store }: { store: PausedSitesStore }) {
  const text = useText();
  const [sites, setSites] = useState<string[] | null>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    store.get().then(setSites, () => setSites([]));
    return store.watch(setSites);
  }, [store]);

  const add = (event: Event) => {
    event.preventDefault();
    const host = hostFromInput(draft);
    if (!host) return setProblem(text.t('notASite', draft.trim()));
    setProblem(null);
    setDraft('');
    void store.set(host, true);
  };

  return (
    <section aria-labelledby="paused-heading">
      <h2 id="paused-heading">{text.t('pausedHeading')}</h2>
      <p class="muted">{text.t('pausedExplain')}</p>
      {sites === null ? <p class="muted">{text.t('loading')}</p> : null}
      {sites?.length === 0 ? <p>{text.t('pausedNowhere')}</p> : null}
      {sites && sites.length > 0 ? (
        <ul class="plain paused-sites">
          {sites.map((host) => (
            <li key={host}>
              <span>{host}</span>{' '}
              <button
                type="button"
                onClick={() => void store.set(host, false)}
                aria-label={text.t('resumeOn', host)}
              >
                {text.t('resume')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={add} class="add-site">
        <label>
          {text.t('pauseAnother')}
          <input
            type="text"
            value={draft}
            placeholder="example.com"
            maxLength={300}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
        </label>{' '}
        <button type="submit">{text.t('pause')}</button>
      </form>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
