import type { Map as MapLibreMap } from 'maplibre-gl';
import { type ReactNode, useState } from 'react';
import { createPortal } from 'react-dom';
import { usePlacePopup } from './usePlacePopup.ts';

interface Props {
  map: MapLibreMap;
  placeKey: string;
  lngLat: [number, number];
  /** Move the map (and the page) to make room: yes when the reader chose it, no from a permalink. */
  reveal: boolean;
  children: ReactNode;
}

/**
 * The place's popup, with React children portalled into a detached element it owns (as
 * react-maplibre's popup.ts does); where that element goes (beside its point, or a sheet on a
 * narrow map) is usePlacePopup's concern. Mount it with a `key` per place.
 */
export function MapPopup({ map, placeKey, lngLat, reveal, children }: Props): ReactNode {
  const [node] = useState(() => document.createElement('div'));
  usePlacePopup(map, node, { key: placeKey, lngLat, reveal });
  return createPortal(children, node);
}
