/**
 * The world around the story's region (pure): Natural Earth 1:110m countries from world-atlas,
 * with the region's box cut out, so the detailed basemap inside the box and this coarse one
 * outside never draw over each other (a 1:110m coast under the 1:10m one would show as land in
 * the sea). Small enough to load with the opening view, so that zooming out never finds the edge
 * of the data.
 */
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import difference from '@turf/difference';
import type {
  BBox,
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import type { CountriesTopology } from './basemap.ts';
import { roundLine } from './geometry.ts';

export interface WorldLabel {
  name: string;
  lng: number;
  lat: number;
}

export interface WorldConfig {
  /** The region drawn by the detailed basemap: left out here. */
  cutOut: BBox;
  labels: WorldLabel[];
  decimals: number;
}

export type WorldProperties = { kind: 'land' | 'border' | 'label'; name: string };
export type WorldCollection = FeatureCollection<Polygon | MultiPolygon | LineString | Point, WorldProperties>;

const boxPolygon = ([w, s, e, n]: BBox): Feature<Polygon> => ({
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  },
});

/** The world minus the box, as four boxes (west, east, north and south of it). */
const outsideBoxes = ([w, s, e, n]: BBox): BBox[] => [
  [-180, -90, w, 90],
  [e, -90, 180, 90],
  [w, n, e, 90],
  [w, -90, e, s],
];

function roundPolygons(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon | null {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => p.map((r) => roundLine(r, decimals)).filter((r) => r.length >= 4))
    .filter((p) => p.length > 0);
  if (polys.length === 0) return null;
  return polys.length === 1 && polys[0]
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** Countries (named) outside the cut-out box. */
export function worldLand(
  topology: CountriesTopology,
  config: WorldConfig,
): Feature<Polygon | MultiPolygon, WorldProperties>[] {
  const box = boxPolygon(config.cutOut);
  const out: Feature<Polygon | MultiPolygon, WorldProperties>[] = [];
  for (const country of topoFeature(topology, topology.objects.countries).features) {
    const g = country.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const cut = difference({ type: 'FeatureCollection', features: [{ ...country, geometry: g }, box] });
    const geometry = cut ? roundPolygons(cut.geometry, config.decimals) : null;
    if (!geometry) continue;
    out.push({
      type: 'Feature',
      properties: { kind: 'land', name: country.properties?.name ?? '' },
      geometry,
    });
  }
  return out.sort((a, b) =>
    a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0,
  );
}

/** Borders between countries (shared edges only) outside the cut-out box. */
export function worldBorders(
  topology: CountriesTopology,
  config: WorldConfig,
): Feature<LineString, WorldProperties>[] {
  const borders = topoMesh(topology, topology.objects.countries, (a, b) => a !== b);
  const out: Feature<LineString, WorldProperties>[] = [];
  for (const part of outsideBoxes(config.cutOut)) {
    const g = bboxClip(borders, part).geometry as LineString | MultiLineString;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    for (const line of lines) {
      const coordinates = roundLine(line, config.decimals);
      if (coordinates.length < 2) continue;
      out.push({
        type: 'Feature',
        properties: { kind: 'border', name: 'border' },
        geometry: { type: 'LineString', coordinates },
      });
    }
  }
  return out;
}

export function buildWorld(topology: CountriesTopology, config: WorldConfig): WorldCollection {
  const labels = config.labels.map(
    (l): Feature<Point, WorldProperties> => ({
      type: 'Feature',
      properties: { kind: 'label', name: l.name },
      geometry: { type: 'Point', coordinates: [l.lng, l.lat] },
    }),
  );
  return {
    type: 'FeatureCollection',
    features: [...worldLand(topology, config), ...worldBorders(topology, config), ...labels],
  };
}

/** Labels not on their own country's land (in the full, uncut 1:110m data), as messages. */
export function misplacedWorldLabels(topology: CountriesTopology, labels: readonly WorldLabel[]): string[] {
  const countries = topoFeature(topology, topology.objects.countries).features;
  const problems: string[] = [];
  for (const l of labels) {
    const country = countries.find((c) => c.properties?.name === l.name);
    const g = country?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      problems.push(`"${l.name}" is not a country in world-atlas countries-110m`);
      continue;
    }
    if (!booleanPointInPolygon([l.lng, l.lat], g))
      problems.push(`"${l.name}" label (${l.lng}, ${l.lat}) is not on ${l.name}`);
  }
  return problems;
}
