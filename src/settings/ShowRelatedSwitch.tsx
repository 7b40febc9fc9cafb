import { useEffect, useState } from 'preact/hooks';

export interface ShowRelatedStore {
  get(): Promise<boolean>;
  set(on: boolean): Promise<void>;
  watch(callback: (on: boolean) => void): () => void;
}

/** The options page's switch for painting Related sentences on pages (off: they are only listed). */
export function ShowRelatedSwitch({ store }: { store: ShowRelatedStore }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    store.get().then(setOn, () => setOn(false));
    return store.watch(setOn);
  }, [store]);

  const change = (next: boolean) => {
    setProblem(null);
    setOn(next);
    store.set(next).catch((error: unknown) => {
      setOn(!next);
      setProblem(`The setting could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    });
  };

  return (
    <section aria-labelledby="show-related-title">
      <h2 id="show-related-title">On the page</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on === true}
          aria-checked={on === true}
          disabled={on === null}
          onChange={(event) => change((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Show related sentences on the page
      </label>
      <p class="muted">
        Conflicting and disputed sentences always stand out, and corroborated ones get a thin underline.
        Related sentences (the record has evidence on their topic, but nothing that decides them) are listed
        in the popup and the sidebar; switch this on to underline them on the page too.
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
