import type { MapLayerMouseEvent, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { featureAt } from './feature-hit.ts';
import type { MapViewProps } from './MapView.tsx';
import { FEATURE_POPUP_LAYERS, PLACE_HIT_LAYERS } from './style.ts';
import { currentView, fitPadding } from './view-state.ts';

/**
 * The reader's interactions with the map, passed on to the latest props' callbacks. Returns the
 * function that takes them off again (the map itself outlives a StrictMode re-run of the effect).
 * What the map reports about itself (first idle, failed sources, a lost context) is logged from
 * its creation on, in map-start.ts.
 */
export function wireEvents(map: MapLibreMap, handlers: { readonly current: MapViewProps }): () => void {
  // Only the reader's own moves pin a view into the permalink. Until then the map shows the
  // opening view, and keeps the whole story in frame when its container resizes (the font
  // arriving, a phone turning), instead of pinning whatever the resize left.
  const moveend = (e: { originalEvent?: Event; reveal?: boolean }) => {
    if (e.originalEvent || e.reveal || handlers.current.view) handlers.current.onViewChange(currentView(map));
  };
  const resize = () => {
    if (!handlers.current.view)
      map.fitBounds(handlers.current.storyBounds, {
        padding: fitPadding(map.getContainer().clientWidth),
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
    const hit = featureAt(map, e, PLACE_HIT_LAYERS, FEATURE_POPUP_LAYERS);
    if (hit) onFeature(hit);
  };
  const pointer = () => {
    map.getCanvas().style.cursor = 'pointer';
  };
  const plain = () => {
    map.getCanvas().style.cursor = '';
  };
  // One listener over all hit layers, so a click on overlapping symbols selects once.
  const hitLayers = [...PLACE_HIT_LAYERS];
  const pointed = [hitLayers, [...FEATURE_POPUP_LAYERS]];
  map.on('moveend', moveend);
  map.on('resize', resize);
  map.on('click', hitLayers, select);
  map.on('click', openFeature);
  for (const layers of pointed) {
    map.on('mouseenter', layers, pointer);
    map.on('mouseleave', layers, plain);
  }
  return () => {
    map.off('moveend', moveend);
    map.off('resize', resize);
    map.off('click', hitLayers, select);
    map.off('click', openFeature);
    for (const layers of pointed) {
      map.off('mouseenter', layers, pointer);
      map.off('mouseleave', layers, plain);
    }
  };
}
