/**
 * The basemap (pure): Natural Earth 1:10m countries from world-atlas, clipped to the story's region
 * and simplified. Water is the map's background colour, so the Caspian reads as water because no land
 * polygon covers it.
 */
import bboxClip from '@turf/bbox-clip';
import simplify from '@turf/simplify';
import type { BBox, Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BasemapCollection, BasemapProperties } from '../schema.ts';
import { roundLine } from './geometry.ts';

export interface BasemapLabel {
  name: string;
  kind: 'country' | 'sea';
  lng: number;
  lat: number;
}

export interface BasemapConfig {
  /** [west, south, east, north] in degrees. */
  bbox: BBox;
  /** Douglas–Peucker tolerance in degrees. */
  simplifyTolerance: number;
  /** Coordinate decimals in the output (4 ≈ 11 m, well below the simplification). */
  decimals: number;
  labels: BasemapLabel[];
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

type BasemapFeature = BasemapCollection['features'][number];
type Props = BasemapProperties & { kind: 'land' | 'border' | 'label' };

function cleanRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out = roundLine(ring, decimals);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1]))
    out.push([first[0] ?? 0, first[1] ?? 0]);
  return out.length >= 4 ? out : null;
}

function polygonsOf(geometry: Polygon | MultiPolygon | LineString | MultiLineString): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function linesOf(geometry: Polygon | MultiPolygon | LineString | MultiLineString): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function bboxOfPolygons(polys: Position[][][]): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys)
    for (const ring of poly)
      for (const [x = 0, y = 0] of ring) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
  return box;
}

function landFeatures(topology: CountriesTopology, config: BasemapConfig): BasemapFeature[] {
  const countries = topoFeature(topology, topology.objects.countries);
  const out: BasemapFeature[] = [];
  for (const country of countries.features) {
    const geom = country.geometry;
    if (!geom || (geom.type !== 'Polygon' && geom.type !== 'MultiPolygon')) continue;
    if (!overlaps(bboxOfPolygons(polygonsOf(geom)), config.bbox)) continue;
    const clipped = bboxClip(geom, config.bbox);
    const simplified = simplify(clipped, { tolerance: config.simplifyTolerance, highQuality: true });
    const polys: Position[][][] = [];
    for (const poly of polygonsOf(simplified.geometry)) {
      const rings = poly.map((r) => cleanRing(r, config.decimals));
      const outer = rings[0];
      if (!outer) continue;
      polys.push([outer, ...rings.slice(1).filter((r): r is Position[] => r !== null)]);
    }
    if (polys.length === 0) continue;
    const name = country.properties?.name ?? String(country.id ?? '');
    const geometry: Polygon | MultiPolygon =
      polys.length === 1 && polys[0]
        ? { type: 'Polygon', coordinates: polys[0] }
        : { type: 'MultiPolygon', coordinates: polys };
    out.push({ type: 'Feature', properties: { name, kind: 'land' }, geometry });
  }
  return out.sort((a, b) =>
    a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0,
  );
}

function borderFeatures(topology: CountriesTopology, config: BasemapConfig): BasemapFeature[] {
  const borders = topoMesh(topology, topology.objects.countries, (a, b) => a !== b);
  const clipped = bboxClip(borders, config.bbox);
  const simplified = simplify(clipped, { tolerance: config.simplifyTolerance, highQuality: true });
  const out: BasemapFeature[] = [];
  for (const line of linesOf(simplified.geometry)) {
    const coords = roundLine(line, config.decimals);
    if (coords.length < 2) continue;
    const properties: Props = { name: 'border', kind: 'border' };
    out.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: coords } });
  }
  return out;
}

function labelFeatures(config: BasemapConfig): BasemapFeature[] {
  return config.labels.map((l) => ({
    type: 'Feature',
    properties: { name: l.name, kind: 'label', labelKind: l.kind },
    geometry: { type: 'Point', coordinates: [l.lng, l.lat] },
  }));
}

/**
 * Land polygons (one feature per country, named), country borders (shared edges only, so coastlines
 * are not drawn twice) and label points, all inside `config.bbox`.
 */
export function buildBasemap(topology: CountriesTopology, config: BasemapConfig): BasemapCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...landFeatures(topology, config),
      ...borderFeatures(topology, config),
      ...labelFeatures(config),
    ],
  };
}

/** The land polygon named `name`, for checks such as "is this label on its country?". */
export function landOf(
  basemap: BasemapCollection,
  name: string,
): Feature<Polygon | MultiPolygon> | undefined {
  for (const f of basemap.features) {
    if (f.properties.kind !== 'land' || f.properties.name !== name) continue;
    if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
      return { type: 'Feature', properties: {}, geometry: f.geometry };
    }
  }
  return undefined;
}
