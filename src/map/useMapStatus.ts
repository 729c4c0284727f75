import { useSyncExternalStore } from 'react';
import { MAP_NOT_STARTED, type MapStatus, pageMapStatus } from './map-status.ts';

/** How the page's map is doing, read from the map itself (map-status.ts), re-rendering on change. */
export function useMapStatus(): MapStatus {
  return useSyncExternalStore(pageMapStatus.subscribe, pageMapStatus.getSnapshot, () => MAP_NOT_STARTED);
}
