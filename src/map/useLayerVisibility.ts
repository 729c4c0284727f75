import type { Map as MapLibreMap } from 'maplibre-gl';
import { useLayoutEffect } from 'react';
import { whenStyleReady } from './style-ready.ts';

/**
 * Layer toggles: visibility is a layout property, so no data is reloaded. `toggles` are each
 * toggle's style layers (the layer registry's `toggleLayers`), `shown` which toggles are on. A
 * layout effect that redraws at once, so the map changes in the same frame as the checkbox: left
 * to MapLibre's own next animation frame it lands a frame later, after the browser has drawn it.
 */
export function useLayerVisibility(
  map: MapLibreMap | null,
  toggles: Readonly<Record<string, readonly string[]>>,
  shown: Readonly<Record<string, boolean>>,
): void {
  useLayoutEffect(() => {
    if (!map) return;
    whenStyleReady(map, () => {
      let changed = false;
      for (const [toggle, ids] of Object.entries(toggles)) {
        const visibility = shown[toggle] ? 'visible' : 'none';
        for (const id of ids) {
          if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === visibility)
            continue;
          map.setLayoutProperty(id, 'visibility', visibility);
          changed = true;
        }
      }
      if (changed) map.redraw();
    });
  }, [map, toggles, shown]);
}
