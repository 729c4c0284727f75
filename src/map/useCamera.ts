import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import type { ViewState } from '../story/model.ts';
import { currentView, sameView } from './view-state.ts';

/** A view from outside (Back/Forward, an edited hash) moves the map; our own moves are already there. */
export function useCamera(map: MapLibreMap | null, view: ViewState | undefined): void {
  useEffect(() => {
    if (!map || !view || sameView(currentView(map), view)) return;
    map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom, bearing: view.bearing, pitch: view.pitch });
  }, [map, view]);
}
