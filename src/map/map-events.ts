import type { MapLayerMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import type { MapViewProps } from './MapView.tsx';
import { PLACE_HIT_LAYERS } from './style.ts';
import { currentView } from './view-state.ts';

/** The map's events, passed on to the latest props' callbacks. */
export function wireEvents(
  map: MapLibreMap,
  handlers: { readonly current: MapViewProps },
  idle: () => void,
): void {
  map.once('idle', () => {
    idle();
    handlers.current.onReady?.();
  });
  map.on('error', (e) => {
    const sourceId = (e as { sourceId?: string }).sourceId;
    if (!sourceId) return;
    handlers.current.onSourceError?.(sourceId);
    // MapLibre draws no frame after a source fails, and it reports 'idle' only at the end of a
    // frame: a failure arriving once the map has gone quiet would leave it (and aria-busy)
    // waiting for good. One more frame lets it see that nothing is pending.
    map.triggerRepaint();
  });
  map.on('webglcontextlost', () => handlers.current.onUnavailable('The map’s graphics context was lost.'));
  // Only the reader's own moves pin a view into the permalink. Until then the map shows the
  // opening view, and keeps the whole story in frame when its container resizes (the font
  // arriving, a phone turning), instead of pinning whatever the resize left.
  map.on('moveend', (e: { originalEvent?: Event; reveal?: boolean }) => {
    if (e.originalEvent || e.reveal || handlers.current.view) handlers.current.onViewChange(currentView(map));
  });
  map.on('resize', () => {
    if (!handlers.current.view) map.fitBounds(handlers.current.storyBounds, { padding: 40, duration: 0 });
  });
  const select = (e: MapLayerMouseEvent) => {
    // Where a story place and a context place overlap, the story place wins.
    const hits = e.features ?? [];
    const f = hits.find((h) => h.properties?.main === true) ?? hits[0];
    const id = f?.properties?.id ?? f?.properties?.placeId;
    if (typeof id === 'string') handlers.current.onSelect(id);
  };
  // One listener over all hit layers, so a click on overlapping symbols selects once.
  const hitLayers = [...PLACE_HIT_LAYERS];
  map.on('click', hitLayers, select);
  map.on('mouseenter', hitLayers, () => {
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', hitLayers, () => {
    map.getCanvas().style.cursor = '';
  });
}
