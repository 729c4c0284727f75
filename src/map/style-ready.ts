import type { Map as MapLibreMap } from 'maplibre-gl';

/** Maps whose style has loaded: its layers and sources exist, whatever they are. */
const loaded = new WeakSet<MapLibreMap>();

/** Call once, right after creating the map, so {@link whenStyleReady} knows when the style is in. */
export function trackStyleLoad(map: MapLibreMap): void {
  map.once('style.load', () => loaded.add(map));
}

/**
 * Runs `fn` once the style's layers and sources exist. Not `isStyleLoaded()`: that stays false
 * while GeoJSON sources load, after 'style.load' has already fired, and the update would be lost.
 * Nor a probe for one layer, which would tie this to the order of the layers in style.ts.
 */
export function whenStyleReady(map: MapLibreMap, fn: () => void): void {
  if (loaded.has(map)) fn();
  else map.once('style.load', fn);
}
