import { useEffect, useState, useSyncExternalStore } from 'react';
import { keepLinksInPlace } from './embedded.ts';
import { type PermalinkContext, type PermalinkState, parsePermalink } from './permalink.ts';
import { browserAddress, PermalinkStore } from './permalink-store.ts';

/** Sets the state (or derives it from the latest one) and writes it to the address; stable identity. */
export type UpdateUrlState = PermalinkStore['update'];

/**
 * The state the page is prerendered in (no address at build time): hydration starts from it, and
 * React re-renders with the address's state right after.
 */
const OPENING_STATE = parsePermalink('', { placeIds: new Set() });
const openingState = (): PermalinkState => OPENING_STATE;

/**
 * The permalink as React state, kept in step with the page's address by a {@link PermalinkStore}.
 * `ctx` is null until the story's ids are known; until then a place in the hash stays in the
 * address and is applied once the ids arrive.
 */
export function useUrlState(ctx: PermalinkContext | null): [PermalinkState, UpdateUrlState] {
  const [store] = useState(() => new PermalinkStore(browserAddress));
  const state = useSyncExternalStore(store.subscribe, store.getState, openingState);

  useEffect(() => {
    if (ctx) store.setContext(ctx);
  }, [store, ctx]);

  useEffect(() => {
    window.addEventListener('popstate', store.navigate);
    window.addEventListener('hashchange', store.navigate);
    return () => {
      window.removeEventListener('popstate', store.navigate);
      window.removeEventListener('hashchange', store.navigate);
    };
  }, [store]);

  // Embedded, the in-page links (claims, articles) replace the address too.
  useEffect(() => keepLinksInPlace(), []);

  return [state, store.update];
}
