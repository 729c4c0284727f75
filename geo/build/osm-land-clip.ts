/**
 * OpenStreetMap land polygons cut to a box (pure). Polygons wholly outside are dropped without
 * clipping, those wholly inside kept as they are: only the few that cross the box's edge (the
 * continent, big islands) go through @turf/bbox-clip.
 */
import bboxClip from '@turf/bbox-clip';
import type { BBox, Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { round } from './geometry.ts';

function ringBox(ring: readonly Position[]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}

/** Rounds to `decimals`, drops repeated points; null if the ring has collapsed. */
function cleanRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const c of ring) {
    const p: Position = [round(c[0] ?? 0, decimals), round(c[1] ?? 0, decimals)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : null;
}

/**
 * The parts of `polygons` inside `bbox`, as one MultiPolygon feature, coordinates rounded to
 * `decimals` (5 ≈ 1 m, below the data's 10 m).
 */
export function clipLandToBox(
  polygons: readonly Position[][][],
  bbox: BBox,
  decimals = 5,
): FeatureCollection<MultiPolygon> {
  const [w, s, e, n] = bbox;
  const out: Position[][][] = [];
  for (const poly of polygons) {
    const outer = poly[0];
    if (!outer) continue;
    const b = ringBox(outer);
    if (b[2] < w || b[0] > e || b[3] < s || b[1] > n) continue;
    const inside = b[0] >= w && b[2] <= e && b[1] >= s && b[3] <= n;
    const parts: Position[][][] = [];
    if (inside) parts.push(poly);
    else {
      const clipped = bboxClip({ type: 'Polygon', coordinates: poly } as Polygon, bbox).geometry;
      if (clipped.type === 'Polygon') parts.push(clipped.coordinates);
      else parts.push(...(clipped as MultiPolygon).coordinates);
    }
    for (const part of parts) {
      const rings = part.map((r) => cleanRing(r, decimals));
      const first = rings[0];
      if (!first) continue;
      out.push([first, ...rings.slice(1).filter((r): r is Position[] => r !== null)]);
    }
  }
  const feature: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: out },
  };
  return { type: 'FeatureCollection', features: [feature] };
}
