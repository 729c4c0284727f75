import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/langs.ts';
import type { ViewState } from '../story/model.ts';
import type { Layout } from './embedded.ts';
import { keepLinksInPlace } from './embedded.ts';
import {
  type LayerKey,
  type PermalinkContext,
  type PermalinkState,
  parsePermalink,
  shownLayers,
  withLayer,
} from './permalink.ts';
import { browserAddress, PermalinkStore } from './permalink-store.ts';
import { useLanguagePage } from './useLanguagePage.ts';

/** Sets the state (or derives it from the latest one) and writes it to the address; stable identity. */
export type UpdateUrlState = PermalinkStore['update'];

/**
 * The state the page is prerendered in (no address at build time): hydration starts from it, and
 * React re-renders with the address's state right after.
 */
const OPENING_STATE = parsePermalink('', { placeIds: new Set(), layers: [] });
const openingState = (): PermalinkState => OPENING_STATE;

export interface UrlState {
  url: PermalinkState;
  setUrl: UpdateUrlState;
  /** Which of the story's layers are shown, by id. */
  shown: Record<string, boolean>;
  setLayer: (layer: string, shown: boolean) => void;
  setView: (view: ViewState) => void;
}

/**
 * The permalink as React state, kept in step with the page's address by a {@link PermalinkStore}.
 * `ctx` is null until the story's ids are known; until then a place in the hash stays in the
 * address and is applied once the ids arrive. `layers` are the story's, known from the page.
 * `page` is the page's language and layout: an address that asks for another language loads its page.
 */
export function useUrlState(
  ctx: Omit<PermalinkContext, 'layers'> | null,
  layers: readonly LayerKey[],
  page: { lang: Lang; layout: Layout },
): UrlState {
  // A hydrated page knows the story's ids at its first render: the store starts with them, so a
  // click the map held for the app (map-start.ts) and passes on in the first effects is written.
  const [store] = useState(
    () => new PermalinkStore(browserAddress, undefined, layers, ctx ? { ...ctx, layers } : null),
  );
  const url = useSyncExternalStore(store.subscribe, store.getState, openingState);
  useLanguagePage(url.lang, page.lang, page.layout);

  useEffect(() => {
    if (ctx) store.setContext({ ...ctx, layers });
  }, [store, ctx, layers]);

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

  const shown = useMemo(() => shownLayers(url.layers, layers), [url.layers, layers]);
  // Stable setters for the parts the toggles and the map change in place.
  const setUrl = store.update;
  const setLayer = useCallback(
    (layer: string, on: boolean) =>
      setUrl((prev) => ({ ...prev, layers: withLayer(prev.layers, layers, layer, on) }), 'replace'),
    [setUrl, layers],
  );
  const setView = useCallback(
    (view: ViewState) => setUrl((prev) => ({ ...prev, view }), 'replace'),
    [setUrl],
  );
  return { url, setUrl, shown, setLayer, setView };
}
