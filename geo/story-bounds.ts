import type { PlaceFeature } from './schema.ts';

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
