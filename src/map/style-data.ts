import fontLatin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { PlaceCollection } from '../../geo/schema.ts';
import { dataUrl } from '../story/data-url.ts';
import type { Part } from '../story/model.ts';
import { detailTileUrl } from './detail-tiles.ts';
import type { StyleUrls } from './style.ts';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The map's data. The places the app has already parsed for its list (no second download); the
 * rest by address, so that MapLibre's worker fetches and parses them off the main thread.
 */
export function styleData(places: Part<PlaceCollection>): StyleUrls {
  return {
    basemap: dataUrl('basemap.geojson'),
    world: dataUrl('world.geojson'),
    contextPlaces: dataUrl('context-places.geojson'),
    detailTiles: detailTileUrl(dataUrl('')),
    places: places.ok ? places.value : EMPTY,
    route: dataUrl('route.geojson'),
    drones: dataUrl('drone-attacks.geojson'),
    fontLatin: new URL(fontLatin, document.baseURI).href,
  };
}
