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

/** A ring's area in km² (shoelace on degrees, scaled at the ring's latitude: fine for small rings). */
export function ringAreaKm2(ring: readonly Position[]): number {
  let twice = 0;
  let lat = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    twice += x0 * y1 - x1 * y0;
    lat += y0;
  }
  const k = 111.32 * 111.32 * Math.cos(((lat / Math.max(1, ring.length - 1)) * Math.PI) / 180);
  return (Math.abs(twice) / 2) * k;
}

/**
 * The parts of `polygons` inside `bbox`, as one MultiPolygon feature, coordinates rounded to
 * `decimals` (5 ≈ 1 m, below the data's 10 m). Holes smaller than `minHoleKm2` are dropped: the
 * data's simplification leaves lakes of that size as triangles that read as glitches at zoom 10,
 * and the basemap shows no inland water at other zooms either. The Caspian (a hole) stays.
 */
export function clipLandToBox(
  polygons: readonly Position[][][],
  bbox: BBox,
  decimals = 5,
  minHoleKm2 = 10,
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
      const holes = rings.slice(1).filter((r): r is Position[] => r !== null && ringAreaKm2(r) >= minHoleKm2);
      out.push([first, ...holes]);
    }
  }
  const feature: Feature<MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: out },
  };
  return { type: 'FeatureCollection', features: [feature] };
}
