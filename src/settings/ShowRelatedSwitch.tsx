import { useEffect, useState } from 'preact/hooks';
import { useText } from '../i18n/text-context';

export interface ShowRelatedStore {
  get(): Promise<boolean>;
  set(on: boolean): Promise<void>;
  watch(callback: (on: boolean) => void): () => void;
}

/** The options page's switch for painting Related sentences on pages (off: they are only listed). */
export function ShowRelatedSwitch({ store }: { store: ShowRelatedStore }) {
  const text = useText();
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
      setProblem(text.t('settingNotSaved', error instanceof Error ? error.message : String(error)));
    });
  };

  return (
    <section aria-labelledby="show-related-title">
      <h2 id="show-related-title">{text.t('onThePage')}</h2>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={on === true}
          aria-checked={on === true}
          disabled={on === null}
          onChange={(event) => change((event.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {text.t('showRelated')}
      </label>
      <p class="muted">{text.t('showRelatedExplain')}</p>
      {problem ? <p role="alert">{problem}</p> : null}
    </section>
  );
}
