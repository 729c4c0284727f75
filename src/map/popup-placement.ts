/**
 * Where a place's popup goes, and how far the map must move to make room for it: pure geometry,
 * in CSS pixels of the map's container, so it can be tested without a browser.
 *
 * Two layouts, as map apps use them: beside its point when the map is wide enough to show the
 * popup and some map around it; otherwise a sheet along the bottom of the map, with the point
 * kept in the strip of map above it.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Space kept between the popup (or sheet) and the map's edges. */
export const MARGIN = 8;
/** From the point to the popup's edge: MapLibre's offset plus its 10 px tip. */
export const POPUP_OFFSET = 14;
export const GAP = POPUP_OFFSET + 10;
/** The map still shown beside a popup, at the least, so the reader sees where it points. */
const MIN_MAP_BESIDE = 96;
/** Share of the map's height a collapsed sheet takes; an expanded one leaves a strip for the point. */
const SHEET_SHARE = 0.6;
const EXPANDED_STRIP = 64;

export type PopupLayout =
  | { mode: 'beside'; width: number; maxHeight: number }
  | { mode: 'sheet'; height: number };

/**
 * Beside its point when a popup of at least 18rem fits with some map beside it; a sheet otherwise.
 * Widths follow the reader's font size (`rem`, in px), so at double text size a wide screen gets
 * the sheet too.
 */
export function popupLayout(map: Size, rem: number, expanded = false): PopupLayout {
  const width = Math.min(26 * rem, map.width - 2 * MARGIN - GAP - MIN_MAP_BESIDE);
  if (width >= 18 * rem) return { mode: 'beside', width, maxHeight: map.height - 2 * MARGIN };
  return { mode: 'sheet', height: sheetHeight(map, expanded) };
}

/** A sheet's height: a share of the map collapsed; expanded, all but a strip for the point. */
export function sheetHeight(map: Size, expanded: boolean): number {
  const height = expanded ? map.height - EXPANDED_STRIP : Math.round(map.height * SHEET_SHARE);
  return Math.max(0, height);
}

/** The popup's side of its point: to the right unless only the left has room (or more of it). */
export function besideSide(map: Size, point: Point, width: number): 'left' | 'right' {
  const right = map.width - MARGIN - (point.x + GAP);
  const left = point.x - GAP - MARGIN;
  return right >= width || right >= left ? 'right' : 'left';
}

/**
 * How far the point must move on screen (dx, dy) for a popup of `popup` size, centred vertically
 * beside it on `side`, to lie wholly inside the map. Zero when it already does.
 */
export function besideShift(map: Size, point: Point, popup: Size, side: 'left' | 'right'): Point {
  let dx = 0;
  if (side === 'right') {
    const overflow = point.x + GAP + popup.width - (map.width - MARGIN);
    if (overflow > 0) dx = -overflow;
    else if (point.x < MARGIN) dx = MARGIN - point.x;
  } else {
    const overflow = MARGIN - (point.x - GAP - popup.width);
    if (overflow > 0) dx = overflow;
    else if (point.x > map.width - MARGIN) dx = map.width - MARGIN - point.x;
  }
  const half = popup.height / 2;
  let dy = 0;
  if (point.y - half < MARGIN) dy = MARGIN + half - point.y;
  else if (point.y + half > map.height - MARGIN) dy = map.height - MARGIN - half - point.y;
  return { x: dx, y: dy };
}

/**
 * How far the point must move for it to show in the strip of map above a sheet of `sheetHeight`:
 * to the middle of that strip when it is outside it (or too close to its edges to be seen).
 */
export function sheetShift(map: Size, point: Point, sheetHeight: number): Point {
  const top = MARGIN + 8;
  const bottom = map.height - sheetHeight - MARGIN - 8;
  const dy = point.y < top || point.y > bottom ? (map.height - sheetHeight) / 2 - point.y : 0;
  const dx = point.x < MARGIN * 2 || point.x > map.width - MARGIN * 2 ? map.width / 2 - point.x : 0;
  return { x: dx, y: dy };
}

/**
 * Room kept between the popup's pointer and the popup's top or bottom edge: the tip's half height
 * (10 px) and the content's rounded corner (8 px), so the pointer never leaves the box.
 */
export const TIP_ROOM = 18;

/** A beside popup that fits: its side, and how far its box slides down (+) or up (-) along its pointer. */
export interface BesidePlacement {
  side: 'left' | 'right';
  slide: number;
}

function fitsOn(map: Size, point: Point, popup: Size, side: 'left' | 'right'): BesidePlacement | null {
  if (point.x < 0 || point.x > map.width || point.y < 0 || point.y > map.height) return null;
  const left = side === 'right' ? point.x + GAP : point.x - GAP - popup.width;
  if (left < MARGIN - 0.5 || left + popup.width > map.width - MARGIN + 0.5) return null;
  if (popup.height > map.height - 2 * MARGIN + 0.5) return null;
  const top = point.y - popup.height / 2;
  const slid = Math.min(Math.max(top, MARGIN), map.height - MARGIN - popup.height);
  const slide = slid - top;
  // Sliding further would take the box off its pointer.
  if (Math.abs(slide) > Math.max(0, popup.height / 2 - TIP_ROOM)) return null;
  return { side, slide };
}

/**
 * Where a popup of `popup` size fits beside its point without moving the map, as the map is
 * moved under it: on the `prefer`red side if it fits there, else on the other; its box slides
 * along its pointer to stay inside the map vertically. Null when it fits on neither side (the
 * point is too near an edge, or off the map): then the popup is docked in a corner of the map.
 */
export function besidePlacement(
  map: Size,
  point: Point,
  popup: Size,
  prefer: 'left' | 'right',
): BesidePlacement | null {
  const other = prefer === 'right' ? 'left' : 'right';
  return fitsOn(map, point, popup, prefer) ?? fitsOn(map, point, popup, other);
}
