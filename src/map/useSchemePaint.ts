import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { ColorScheme } from './palette.ts';
import { type StyleInput, schemePaint } from './style.ts';
import { whenStyleReady } from './style-ready.ts';

type PaintProperty = Parameters<MapLibreMap['setPaintProperty']>[1];

/**
 * Repaints the map when the reader's colour scheme changes: paint properties only, so no source
 * reloads and the replay keeps its data. (The map is created in the scheme of its first render.)
 */
export function useSchemePaint(
  map: MapLibreMap | null,
  scheme: ColorScheme,
  story: Pick<StyleInput, 'layers' | 'detailTiles'>,
): void {
  useEffect(() => {
    if (!map) return;
    const apply = () => {
      for (const [id, paint] of schemePaint(scheme, story)) {
        if (!map.getLayer(id)) continue;
        for (const [name, value] of Object.entries(paint)) {
          const prop = name as PaintProperty;
          if (JSON.stringify(map.getPaintProperty(id, prop)) !== JSON.stringify(value))
            map.setPaintProperty(id, prop, value as Parameters<MapLibreMap['setPaintProperty']>[2]);
        }
      }
    };
    whenStyleReady(map, apply);
  }, [map, scheme, story]);
}
