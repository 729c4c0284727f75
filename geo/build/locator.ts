/**
 * The locator inset (pure): writes `locator.svg`, the countries around the story's region drawn
 * once at build time in Web Mercator (the map's projection, geo/locator-frame.ts), and
 * `locator.json`, what the app needs to draw the box for the view over it and to say in words
 * where the view lies. From the world data the map already draws (world-atlas countries-110m,
 * Natural Earth) and the basemap's sea labels; no new data, no new prose.
 */
import bboxClip from '@turf/bbox-clip';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { BBox, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature, mesh as topoMesh } from 'topojson-client';
import { frameHeight, frameProjection, type LocatorFile, MAX_MERCATOR_LAT } from '../locator-frame.ts';
import type { BasemapLabel, CountriesTopology } from './basemap.ts';

/** The drawing's viewBox width: shown at 90–160 px, so one unit is under half a pixel. */
export const LOCATOR_WIDTH = 400;
/** How much wider and taller than the story's region the locator's frame is. */
export const LOCATOR_SPAN = 2.5;
/** The country grid's cell, in degrees: fine enough to name a country at a city's zoom. */
export const LOCATOR_CELL_DEGREES = 0.5;

/** The story's region, widened around its centre (kept inside Mercator's world). */
export function locatorFrame([w, s, e, n]: BBox): [number, number, number, number] {
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hw = ((e - w) * LOCATOR_SPAN) / 2;
  const hh = ((n - s) * LOCATOR_SPAN) / 2;
  const lat = (v: number) => Math.max(-80, Math.min(80, Math.min(MAX_MERCATOR_LAT, v)));
  return [Math.max(-180, cx - hw), lat(cy - hh), Math.min(180, cx + hw), lat(cy + hh)];
}

type Project = (lng: number, lat: number) => [number, number];

/** An SVG path through rings, in whole viewBox units, repeated points dropped. */
function pathData(rings: readonly (readonly Position[])[], project: Project, close: boolean): string {
  const parts: string[] = [];
  for (const ring of rings) {
    const pts: string[] = [];
    let last = '';
    for (const [lng = 0, lat = 0] of ring) {
      const [x, y] = project(lng, lat);
      const p = `${Math.round(x)} ${Math.round(y)}`;
      if (p !== last) pts.push(p);
      last = p;
    }
    if (pts.length < (close ? 3 : 2)) continue;
    parts.push(`M${pts.join('L')}${close ? 'Z' : ''}`);
  }
  return parts.join('');
}

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

function boxOf(g: Polygon | MultiPolygon): BBox {
  const b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polygonsOf(g))
    for (const [x = 0, y = 0] of poly[0] ?? []) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  return b;
}

const overlaps = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** [value, count, …] runs of a list of small integers. */
export function runLengths(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of values) {
    if (out.length > 0 && out[out.length - 2] === v) out[out.length - 1] = (out[out.length - 1] ?? 0) + 1;
    else out.push(v, 1);
  }
  return out;
}

export interface LocatorOutput {
  svg: string;
  file: LocatorFile;
}

/**
 * The locator for a story whose region is `regionBox`. `labels` are the basemap's: its seas are
 * named in the locator's text alternative.
 *
 * @example const { svg, file } = buildLocator(countries110m, [36, 36, 56, 48], basemap.labels);
 */
export function buildLocator(
  topology: CountriesTopology,
  regionBox: BBox,
  labels: readonly BasemapLabel[],
): LocatorOutput {
  const frame = locatorFrame(regionBox);
  const width = LOCATOR_WIDTH;
  const height = Math.round(frameHeight(frame, width));
  const project = frameProjection(frame, width);
  const frameBox: BBox = frame;

  const countries = topoFeature(topology, topology.objects.countries)
    .features.flatMap((c) => {
      const g = c.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return [];
      const box = boxOf(g);
      return overlaps(box, frameBox) ? [{ name: c.properties?.name ?? '', geometry: g, box }] : [];
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  // Land: one path per country, clipped to the frame (the SVG's own edge).
  const land = countries
    .map((c) => {
      const clipped = bboxClip(c.geometry, frameBox).geometry as Polygon | MultiPolygon;
      return pathData(polygonsOf(clipped).flat(), project, true);
    })
    .filter((d) => d.length > 0);
  // Borders: shared edges only, so a coast is drawn once, by the land's fill.
  const mesh = bboxClip(
    topoMesh(topology, topology.objects.countries, (a, b) => a !== b),
    frameBox,
  ).geometry as LineString | MultiLineString;
  const borders = pathData(
    mesh.type === 'LineString' ? [mesh.coordinates] : mesh.coordinates,
    project,
    false,
  );

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    // Colours come from the page (the <use> elements' fill and stroke), so both schemes share one file.
    `<g id="land" fill-rule="evenodd">${land.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    `<g id="borders" fill="none"><path vector-effect="non-scaling-stroke" d="${borders}"/></g>`,
    '</svg>',
    '',
  ].join('\n');

  // Which country covers each cell's centre, for the text alternative.
  const cell = LOCATOR_CELL_DEGREES;
  const cols = Math.round((frame[2] - frame[0]) / cell);
  const rows = Math.round((frame[3] - frame[1]) / cell);
  const grid: number[] = [];
  for (let r = 0; r < rows; r++) {
    const lat = frame[3] - (r + 0.5) * cell;
    for (let c = 0; c < cols; c++) {
      const lng = frame[0] + (c + 0.5) * cell;
      const i = countries.findIndex(
        (k) =>
          lng >= k.box[0] &&
          lng <= k.box[2] &&
          lat >= k.box[1] &&
          lat <= k.box[3] &&
          booleanPointInPolygon([lng, lat], k.geometry),
      );
      grid.push(i + 1);
    }
  }

  const inFrame = (l: { lng: number; lat: number }) =>
    l.lng >= frame[0] && l.lng <= frame[2] && l.lat >= frame[1] && l.lat <= frame[3];
  const file: LocatorFile = {
    svg: 'locator.svg',
    frame,
    width,
    height,
    countries: countries.map((c) => c.name),
    cellDegrees: cell,
    countryGrid: runLengths(grid),
    seas: labels
      .filter((l) => l.kind === 'sea' && inFrame(l))
      .map((l) => ({ name: l.name, lng: l.lng, lat: l.lat })),
  };
  return { svg, file };
}
