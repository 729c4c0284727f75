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
