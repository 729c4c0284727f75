/**
 * The detail tiles' URL template, absolute: MapLibre's worker does not resolve relative tile URLs,
 * so it is built from the data folder's address, which follows the page's (any sub-path works).
 * Where the tiles exist (box, zooms) is the story's data (story.json `detailTiles`, written by the
 * build from geo/detail-tiles.json): MapLibre requests none outside it, so none 404s.
 */
export function detailTileUrl(dataFolder: string): string {
  return `${dataFolder.endsWith('/') ? dataFolder : `${dataFolder}/`}tiles/{z}/{x}/{y}.pbf`;
}
