import { useEffect, useState } from 'react';

/** What a load has come to, as a panel shows it. */
export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'error'; message: string };

const LOADING: Loaded<never> = { state: 'loading' };

/**
 * Runs `load` and holds what it came to; `null` loads nothing (yet). The identity of `load` is the
 * key (keep it stable with `useCallback`): a new one reads as loading from its very first render,
 * and the result of one that was replaced is dropped, so a reader switching places fast never sees
 * the previous place's passages, not even for a frame.
 */
export function useLoaded<T>(load: (() => Promise<T>) | null): Loaded<T> {
  const [done, setDone] = useState<{ load: () => Promise<T>; outcome: Loaded<T> } | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    const settle = (outcome: Loaded<T>) => {
      if (live) setDone({ load, outcome });
    };
    load().then(
      (value) => settle({ state: 'ready', value }),
      (e: unknown) => settle({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return done !== null && done.load === load ? done.outcome : LOADING;
}
