/**
 * The locator inset's drawing space, shared by the build (which draws the countries into
 * locator.svg) and the app (which draws the box for the view over it): Web Mercator, the map's own
 * projection, cut to the frame's [west, south, east, north] and scaled to a viewBox `width` wide.
 * Pure; no DOM, no MapLibre.
 */

/** Web Mercator's latitude limit: the square world MapLibre draws. */
export const MAX_MERCATOR_LAT = 85.051129;

/** What locator.json holds (written by geo/build/locator.ts). */
export interface LocatorFile {
  /** The drawing, relative to the data folder. */
  svg: string;
  /** [west, south, east, north] in degrees: the part of the world the drawing shows. */
  frame: [number, number, number, number];
  /** The drawing's viewBox is `0 0 width height`. */
  width: number;
  height: number;
  /** Country names; `countryGrid` values index them from 1 (0 is water). */
  countries: string[];
  /**
   * Which country covers each cell of a `cellDegrees` grid over the frame, row by row from the
   * north-west, run-length coded as [value, count, value, count, …].
   */
  cellDegrees: number;
  countryGrid: number[];
  /** Named seas and where the map writes their names: said when the view holds the name. */
  seas: { name: string; lng: number; lat: number }[];
}

const clampLat = (lat: number) => Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));

/** Web Mercator x of a longitude, 0 at −180° to 1 at 180° (not wrapped: 540° gives 2). */
export const mercatorX = (lng: number): number => (lng + 180) / 360;

/** Web Mercator y of a latitude, 0 at the top of the square world, 1 at its bottom. */
export function mercatorY(lat: number): number {
  const s = Math.sin((clampLat(lat) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

/** The viewBox height for a frame drawn `width` wide, keeping Mercator's proportions. */
export function frameHeight(frame: readonly [number, number, number, number], width: number): number {
  const [w, s, e, n] = frame;
  return (width * (mercatorY(s) - mercatorY(n))) / (mercatorX(e) - mercatorX(w));
}

/**
 * [lng, lat] → [x, y] in the drawing's viewBox units.
 *
 * @example const at = frameProjection([10, 20, 80, 60], 200); at(10, 60) // → [0, 0]
 */
export function frameProjection(
  frame: readonly [number, number, number, number],
  width: number,
): (lng: number, lat: number) => [number, number] {
  const [w, , e, n] = frame;
  const scale = width / (mercatorX(e) - mercatorX(w));
  const x0 = mercatorX(w);
  const y0 = mercatorY(n);
  return (lng, lat) => [(mercatorX(lng) - x0) * scale, (mercatorY(lat) - y0) * scale];
}
