import { useCallback, useEffect, useRef, useState } from 'react';
import { formatPermalink, type PermalinkContext, type PermalinkState, parsePermalink } from './permalink.ts';

/** How a state change is written into the address: a history step, or in place. */
export type HistoryMode = 'push' | 'replace';

/** Sets the state (or derives it from the latest one) and writes it to the address; stable identity. */
export type UpdateUrlState = (
  next: PermalinkState | ((prev: PermalinkState) => PermalinkState),
  mode: HistoryMode,
) => void;

function writeUrl(state: PermalinkState, mode: HistoryMode): void {
  const hash = formatPermalink(state);
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/**
 * The permalink as React state. The address is the source of truth on load and on Back/Forward or
 * a hand-edited hash; after that every change is written back, so the URL always holds what the
 * reader sees. `ctx` is null until the story's ids are known: until then a place in the hash is
 * kept in the address and applied once the ids arrive.
 */
export function useUrlState(ctx: PermalinkContext | null): [PermalinkState, UpdateUrlState] {
  const fallback = useRef<PermalinkContext>({ placeIds: new Set() });
  const current = ctx ?? fallback.current;
  const [state, setStateOnly] = useState(() => parsePermalink(window.location.hash, current));
  const ctxRef = useRef(current);
  ctxRef.current = current;
  // The latest state, for updates computed from it by callbacks that never change identity.
  const stateRef = useRef(state);
  const setState = useCallback((s: PermalinkState) => {
    stateRef.current = s;
    setStateOnly(s);
  }, []);

  // Once the ids are known, read the address again and rewrite it to what is actually shown.
  useEffect(() => {
    if (!ctx) return;
    const s = parsePermalink(window.location.hash, ctx);
    setState(s);
    writeUrl(s, 'replace');
  }, [ctx, setState]);

  useEffect(() => {
    const onNavigate = () => {
      const s = parsePermalink(window.location.hash, ctxRef.current);
      setState(s);
      writeUrl(s, 'replace');
    };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, [setState]);

  const readyRef = useRef(false);
  readyRef.current = ctx !== null;
  const update = useCallback(
    (next: PermalinkState | ((prev: PermalinkState) => PermalinkState), mode: HistoryMode) => {
      const prev = stateRef.current;
      const s = typeof next === 'function' ? next(prev) : next;
      if (s === prev) return;
      setState(s);
      // Before the ids are known, writing would drop a place the address still holds.
      if (readyRef.current) writeUrl(s, mode);
    },
    [setState],
  );

  return [state, update];
}
