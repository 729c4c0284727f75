import type { Map as MapLibreMap } from 'maplibre-gl';
import { useLayoutEffect } from 'react';
import type { LayerId } from '../story/model.ts';
import { TOGGLE_LAYERS } from './style.ts';
import { whenStyleReady } from './style-ready.ts';

/**
 * Layer toggles: visibility is a layout property, so no data is reloaded. A layout effect that
 * redraws at once, so the map changes in the same frame as the checkbox: left to MapLibre's own
 * next animation frame it lands a frame later, after the browser has drawn the checkbox.
 */
export function useLayerVisibility(map: MapLibreMap | null, layers: Record<LayerId, boolean>): void {
  useLayoutEffect(() => {
    if (!map) return;
    whenStyleReady(map, () => {
      let changed = false;
      for (const [toggle, ids] of Object.entries(TOGGLE_LAYERS) as [LayerId, readonly string[]][]) {
        const visibility = layers[toggle] ? 'visible' : 'none';
        for (const id of ids) {
          if (!map.getLayer(id) || (map.getLayoutProperty(id, 'visibility') ?? 'visible') === visibility)
            continue;
          map.setLayoutProperty(id, 'visibility', visibility);
          changed = true;
        }
      }
      if (changed) map.redraw();
    });
  }, [map, layers]);
}
