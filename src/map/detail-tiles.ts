/**
 * Where the OpenStreetMap detail tiles exist (written by geo/build/tiles.ts from
 * geo/detail-tiles.json; a unit test keeps the two equal). MapLibre requests no tile outside
 * these zooms and this box, so a reader at the opening view downloads none, and none 404s.
 */
export const DETAIL_TILES = {
  bbox: [36, 36, 56, 48] as [number, number, number, number],
  minZoom: 7,
  maxZoom: 10,
  /** The source-layer the tiles carry (geo/build/tiles.ts `DETAIL_LAND_LAYER`). */
  landLayer: 'land',
} as const;

/**
 * The tile URL template, absolute: MapLibre's worker does not resolve relative tile URLs, so it is
 * built from the data folder's address, which follows the page's (any sub-path works).
 */
export function detailTileUrl(dataFolder: string): string {
  return `${dataFolder.endsWith('/') ? dataFolder : `${dataFolder}/`}tiles/{z}/{x}/{y}.pbf`;
}
