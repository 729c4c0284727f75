import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { FeaturePopup } from '../../geo/schema.ts';
import { parseFeaturePopup } from '../story/parse.ts';

/** A feature with its own popup, under the reader's click: what to show, and where. */
export interface FeatureHit {
  /** Which feature: its layer and id, so that a second click on it keeps the same popup. */
  key: string;
  lngLat: [number, number];
  popup: FeaturePopup;
}

/**
 * Lines a few pixels wide are hard to hit with a finger or a mouse: a click this close counts.
 * (About half of the 44 px touch target WCAG asks for, either side of the point.)
 */
export const HIT_TOLERANCE_PX = 10;

/**
 * The feature with its own popup under a click, if no place is there (a place wins: its popup
 * holds the articles' passages), or null. Only layers in the style are asked: a story may lack some.
 */
export function featureAt(
  map: MapLibreMap,
  e: MapMouseEvent,
  placeLayers: readonly string[],
  featureLayers: readonly string[],
): FeatureHit | null {
  const present = (ids: readonly string[]) => ids.filter((id) => map.getLayer(id));
  const places = present(placeLayers);
  if (places.length > 0 && map.queryRenderedFeatures(e.point, { layers: places }).length > 0) return null;
  const layers = present(featureLayers);
  if (layers.length === 0) return null;
  const { x, y } = e.point;
  const r = HIT_TOLERANCE_PX;
  const hits = map.queryRenderedFeatures(
    [
      [x - r, y - r],
      [x + r, y + r],
    ],
    { layers },
  );
  for (const f of hits) {
    const popup = parseFeaturePopup(f.properties?.popup);
    if (popup) {
      const id = f.id ?? f.properties?.id ?? '';
      return { key: `${f.layer.id}:${String(id)}`, lngLat: [e.lngLat.lng, e.lngLat.lat], popup };
    }
  }
  return null;
}
