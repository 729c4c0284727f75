import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ViewState } from '../story/model.ts';
import { roundView } from '../url/permalink.ts';

/** Padding around the story when the map fits it (the opening view, and after a resize). */
export const FIT_PADDING = 40;

/** The map's camera as a view state. */
export function currentView(map: MapLibreMap): ViewState {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
}

/**
 * Whether two views are the same as far as a permalink can tell: compared after the codec's own
 * rounding, which follows the zoom (a fixed tolerance would be too coarse at street zooms and
 * too fine at the opening view).
 */
export function sameView(a: ViewState, b: ViewState): boolean {
  const ra = roundView(a);
  const rb = roundView(b);
  return (
    ra.zoom === rb.zoom &&
    ra.lat === rb.lat &&
    ra.lng === rb.lng &&
    ra.bearing === rb.bearing &&
    ra.pitch === rb.pitch
  );
}
