import type { EdgeLabels, PlaceFeature } from './schema.ts';

/**
 * [west, south, east, north] around every place, to fit the whole story in view. Shared by the
 * build (which writes it into the story's metadata, so the map can open before the places load)
 * and the app.
 */
export function storyBounds(features: readonly PlaceFeature[]): [number, number, number, number] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of features) {
    const coords = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const [x = 0, y = 0] of coords) {
      w = Math.min(w, x);
      s = Math.min(s, y);
      e = Math.max(e, x);
      n = Math.max(n, y);
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}

/** How near an end of the story a point must be for its name to count there: a share of the width. */
const END_SHARE = 0.1;

/**
 * The longest name among the main places at each of the story's west and east ends (points within
 * a tenth of the story's width of the end; a line's name is written along it): the opening fit
 * leaves them room beside their points, whatever their language makes of their length.
 */
export function edgeLabels(features: readonly PlaceFeature[]): EdgeLabels | null {
  // The main places' labels are placed first and larger; the others give way where room is short.
  const anyMain = features.some((f) => f.properties.main);
  const points = features.flatMap((f) =>
    f.geometry.type === 'Point' && (f.properties.main || !anyMain)
      ? [{ lng: f.geometry.coordinates[0] ?? 0, name: f.properties.name }]
      : [],
  );
  if (points.length === 0) return null;
  const lngs = points.map((p) => p.lng);
  const w = Math.min(...lngs);
  const e = Math.max(...lngs);
  const reach = (e - w) * END_SHARE;
  const longest = (end: number) =>
    points
      .filter((p) => Math.abs(p.lng - end) <= reach)
      .reduce((a, b) => (b.name.length > a.length ? b.name : a), '');
  return { west: longest(w), east: longest(e) };
}
