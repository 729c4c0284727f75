import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { ReplayFrame } from '../story/replay.ts';
import { whenStyleReady } from './style-ready.ts';

/** The replay changes many times a second: data updates only, no style change. */
export function useReplayData(map: MapLibreMap | null, replay: ReplayFrame | null): void {
  useEffect(() => {
    if (!map) return;
    whenStyleReady(map, () => {
      map.getSource<GeoJSONSource>('replay-path')?.setData({
        type: 'FeatureCollection',
        features:
          replay && replay.travelled.length > 1
            ? [
                {
                  type: 'Feature',
                  properties: {},
                  geometry: { type: 'LineString', coordinates: replay.travelled },
                },
              ]
            : [],
      });
      map.getSource<GeoJSONSource>('replay-aircraft')?.setData({
        type: 'FeatureCollection',
        features: replay
          ? [
              {
                type: 'Feature',
                // The marker shows how the position is known: the style draws it by this property.
                properties: { position: replay.position ?? 'received' },
                geometry: { type: 'Point', coordinates: replay.point },
              },
            ]
          : [],
      });
    });
  }, [map, replay]);
}
