import along from '@turf/along';
import length from '@turf/length';
import type { PlaceFeature } from '../../geo/schema.ts';

/** Where a place's popup points: the point itself, or halfway along a line (the sea crossing). */
export function placeAnchor(feature: PlaceFeature): [number, number] {
  const g = feature.geometry;
  if (g.type === 'Point') return [g.coordinates[0] ?? 0, g.coordinates[1] ?? 0];
  const line = { type: 'Feature' as const, properties: {}, geometry: g };
  const mid = along(line, length(line) / 2).geometry.coordinates;
  return [mid[0] ?? 0, mid[1] ?? 0];
}

/** [west, south, east, north] around every place, to fit the whole story in view. */
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
