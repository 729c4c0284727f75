import type { LngLatBoundsLike, MapLayerMouseEvent, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { EdgeLabels } from '../../geo/schema.ts';
import type { ViewState } from '../story/model.ts';
import { type FeatureHit, featureAt } from './feature-hit.ts';
import { currentView, fitPadding } from './view-state.ts';

/** What the map's events are passed on to: the latest of MapView's props. */
export interface MapEventHandlers {
  view: ViewState | undefined;
  storyBounds: LngLatBoundsLike;
  /** The names at the story's ends, for the fit's padding on a narrow map. */
  storyLabels?: EdgeLabels | undefined;
  onSelect: (placeId: string) => void;
  onViewChange: (view: ViewState) => void;
  /** A click on a feature that carries its own popup (not on a place). */
  onFeature?: ((hit: FeatureHit) => void) | undefined;
}

/** The style layers a click hits: those that open a place, those that open a feature's own popup. */
export interface HitLayers {
  place: readonly string[];
  feature: readonly string[];
}

/**
 * The reader's interactions with the map, passed on to the latest props' callbacks. Returns the
 * function that takes them off again (the map itself outlives a StrictMode re-run of the effect).
 * What the map reports about itself (first idle, failed sources, a lost context) is logged from
 * its creation on, in map-start.ts.
 */
export function wireEvents(
  map: MapLibreMap,
  handlers: { readonly current: MapEventHandlers },
  hits: HitLayers,
): () => void {
  // Only the reader's own moves pin a view into the permalink. Until then the map shows the
  // opening view, and keeps the whole story in frame when its container resizes (the font
  // arriving, a phone turning), instead of pinning whatever the resize left.
  const moveend = (e: { originalEvent?: Event; reveal?: boolean }) => {
    if (e.originalEvent || e.reveal || handlers.current.view) handlers.current.onViewChange(currentView(map));
  };
  const resize = () => {
    if (!handlers.current.view)
      map.fitBounds(handlers.current.storyBounds, {
        padding: fitPadding(map.getContainer().clientWidth, handlers.current.storyLabels),
        duration: 0,
      });
  };
  const select = (e: MapLayerMouseEvent) => {
    // Where a story place and a context place overlap, the story place wins.
    const hits = e.features ?? [];
    const f = hits.find((h) => h.properties?.main === true) ?? hits[0];
    const id = f?.properties?.id ?? f?.properties?.placeId;
    if (typeof id === 'string') handlers.current.onSelect(id);
  };
  const openFeature = (e: MapMouseEvent) => {
    const onFeature = handlers.current.onFeature;
    if (!onFeature) return;
    const hit = featureAt(map, e, hits.place, hits.feature);
    if (hit) onFeature(hit);
  };
  const pointer = () => {
    map.getCanvas().style.cursor = 'pointer';
  };
  const plain = () => {
    map.getCanvas().style.cursor = '';
  };
  // One listener over all hit layers, so a click on overlapping symbols selects once. Features with
  // their own popup are asked on every click, within a few pixels (a 2 px line is hard to hit).
  const placeLayers = [...hits.place];
  const pointed = [placeLayers, [...hits.feature]].filter((l) => l.length > 0);
  map.on('moveend', moveend);
  map.on('resize', resize);
  map.on('click', placeLayers, select);
  map.on('click', openFeature);
  for (const layers of pointed) {
    map.on('mouseenter', layers, pointer);
    map.on('mouseleave', layers, plain);
  }
  return () => {
    map.off('moveend', moveend);
    map.off('resize', resize);
    map.off('click', placeLayers, select);
    map.off('click', openFeature);
    for (const layers of pointed) {
      map.off('mouseenter', layers, pointer);
      map.off('mouseleave', layers, plain);
    }
  };
}
