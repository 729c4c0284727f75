/**
 * Child process of `npm run geo` (see osm-land-cache.ts): parses @geo-maps/earth-lands-10m (one 134 MB
 * GeoJSON GeometryCollection of OpenStreetMap land) and writes the land inside a box as GeoJSON.
 * Run in its own Node with a large heap, once per machine: the result is cached.
 *
 * Usage: node --max-old-space-size=8000 --import tsx geo/build/osm-land-child.ts IN.geojson W,S,E,N OUT.geojson
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { BBox, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { clipLandToBox } from './osm-land-cut.ts';

const [input, box, output] = process.argv.slice(2);
if (!input || !box || !output) {
  console.error('usage: osm-land-child.ts IN W,S,E,N OUT');
  process.exit(2);
}
const bbox = box.split(',').map(Number) as BBox;
const collection = JSON.parse(readFileSync(input, 'utf8')) as GeometryCollection;
if (collection.type !== 'GeometryCollection') throw new Error(`${input}: expected a GeometryCollection`);
const polygons: Position[][][] = [];
for (const g of collection.geometries) {
  if (g.type === 'Polygon') polygons.push((g as Polygon).coordinates);
  else if (g.type === 'MultiPolygon') polygons.push(...(g as MultiPolygon).coordinates);
}
const land = clipLandToBox(polygons, bbox);
writeFileSync(output, JSON.stringify(land));
