import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { ViewState } from '../story/model.ts';
import { roundView } from '../url/permalink.ts';

/** Padding around the story when the map fits it (the opening view, and after a resize). */
export const FIT_PADDING = 40;

/** Below this width a map is a phone's (popup-placement.ts gives it the sheet there too). */
const NARROW_MAP = 560;
/** Room at a narrow map's sides for a place's label beside its point (14 px text, ~11 letters). */
const NARROW_SIDE_PADDING = 96;

/**
 * The padding of the fit to the story: on a narrow map the sides get more, or the labels of the
 * places at the story's east and west ends are cut by the map's edge ("Akta…").
 */
export function fitPadding(mapWidth: number): number | PaddingOptions {
  if (mapWidth >= NARROW_MAP) return FIT_PADDING;
  return { top: FIT_PADDING, bottom: FIT_PADDING, left: NARROW_SIDE_PADDING, right: NARROW_SIDE_PADDING };
}

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
