import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { EdgeLabels } from '../../geo/schema.ts';
import type { ViewState } from '../story/model.ts';
import { roundView } from '../url/permalink.ts';

/** Padding around the story when the map fits it (the opening view, and after a resize). */
export const FIT_PADDING = 40;

/** Below this width a map is a phone's (popup-placement.ts gives it the sheet there too). */
const NARROW_MAP = 560;
/** The least room at a narrow map's sides for a place's label beside its point (~11 letters). */
const NARROW_SIDE_PADDING = 96;
/** A story place's label: its size, and its gap from the point (style.ts, place-labels). */
const LABEL_PX = 14;
const LABEL_GAP = 0.9 * LABEL_PX + 4;
/** At most this share of a narrow map goes to each side's label. */
const MAX_SIDE_SHARE = 0.35;

/** A label's width in CSS pixels. */
export type TextWidth = (text: string) => number;

let canvas: CanvasRenderingContext2D | null | undefined;
/**
 * The label's width as the page's sans-serif draws it, and a tenth more: the map's own font (Noto
 * Sans) has not arrived when the map opens, and runs up to that much wider than the faces a page
 * falls back to (an 11-letter Cyrillic name: 87 px against 83). Without a canvas, 0.7 em a letter.
 */
const measuredWidth: TextWidth = (text) => {
  if (canvas === undefined) {
    canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (canvas) canvas.font = `${LABEL_PX}px "Noto Sans", sans-serif`;
  }
  return canvas ? canvas.measureText(text).width * 1.1 : text.length * 0.7 * LABEL_PX;
};

/**
 * The padding of the fit to the story: on a narrow map the sides get more, or the labels of the
 * places at the story's east and west ends are cut by the map's edge ("Akta…"), as much more as
 * those names are long in the page's language (Cyrillic letters run wider than Latin ones).
 */
export function fitPadding(
  mapWidth: number,
  labels?: EdgeLabels | null,
  width: TextWidth = measuredWidth,
): number | PaddingOptions {
  if (mapWidth >= NARROW_MAP) return FIT_PADDING;
  const most = Math.max(NARROW_SIDE_PADDING, mapWidth * MAX_SIDE_SHARE);
  const side = (name: string | undefined) =>
    Math.round(Math.min(Math.max(NARROW_SIDE_PADDING, name ? width(name) + LABEL_GAP : 0), most));
  return { top: FIT_PADDING, bottom: FIT_PADDING, left: side(labels?.west), right: side(labels?.east) };
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
