/**
 * The detail layer (pure): OpenStreetMap land cut into Mapbox vector tiles, written as static
 * files `tiles/{z}/{x}/{y}.pbf` that MapLibre fetches from the app's own origin (no tile server).
 * geojson-vt tiles the land; vt-pbf encodes each tile. Every tile inside the box is written,
 * water-only ones as empty files, so that MapLibre never meets a 404 (which it reports as an error).
 */
import type { BBox, FeatureCollection } from 'geojson';
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';

export interface DetailTilesConfig {
  bbox: BBox;
  minZoom: number;
  /** Tiles stop here; MapLibre over-zooms beyond (4096 units per tile: ~7 m at z10, lat 43°). */
  maxZoom: number;
}

/** The source-layer name the style's detail layers read. */
export const DETAIL_LAND_LAYER = 'land';

export interface TileFile {
  /** `tiles/{z}/{x}/{y}.pbf` */
  path: string;
  content: Buffer;
}

/** Web Mercator tile column / row that contains a point (slippy-map scheme). */
export function tileXY(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lng + 180) / 360) * n);
  const s = Math.sin((lat * Math.PI) / 180);
  const y = Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  return [clamp(x), clamp(y)];
}

/** Every tile of zooms minZoom..maxZoom that overlaps the box, in z, x, y order. */
export function tilesCovering(bbox: BBox, minZoom: number, maxZoom: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const [x0, y0] = tileXY(bbox[0], bbox[3], z);
    const [x1, y1] = tileXY(bbox[2], bbox[1], z);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push([z, x, y]);
  }
  return out;
}

export function buildDetailTiles(land: FeatureCollection, config: DetailTilesConfig): TileFile[] {
  const index = new GeoJSONVT(land, {
    maxZoom: config.maxZoom,
    indexMaxZoom: config.minZoom,
    tolerance: 3,
    extent: 4096,
    buffer: 64,
  });
  return tilesCovering(config.bbox, config.minZoom, config.maxZoom).map(([z, x, y]) => {
    const tile = index.getTile(z, x, y);
    const content =
      tile && tile.features.length > 0
        ? Buffer.from(fromGeojsonVt({ [DETAIL_LAND_LAYER]: tile } as never, { version: 2, extent: 4096 }))
        : Buffer.alloc(0);
    return { path: `tiles/${z}/${x}/${y}.pbf`, content };
  });
}
