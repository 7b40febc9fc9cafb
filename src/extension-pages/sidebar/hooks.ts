import { useEffect, useState } from 'preact/hooks';

/** The value, once it has stopped changing for `ms`: as-you-type search without a request per key. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export type Async<T> =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'done'; value: T }
  | { state: 'failed'; error: string };

/**
 * Runs `load` whenever `key` changes and keeps only the newest answer, so a slow reply to an old
 * query never replaces the reply to the one the reader typed last. A null key means "nothing to do".
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'idle' });
  // `key` stands for everything `load` reads, so the effect runs again exactly when it changes.
  useEffect(() => {
    if (key === null) return setResult({ state: 'idle' });
    let current = true;
    setResult((previous) => (previous.state === 'done' ? previous : { state: 'loading' }));
    load().then(
      (value) => current && setResult({ state: 'done', value }),
      (error: Error) => current && setResult({ state: 'failed', error: error.message }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
