import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FeatureHit } from '../map/feature-hit.ts';
import type { PopupContent } from '../map/MapView.tsx';
import { FeatureDialog } from './FeatureDialog.tsx';

export interface FeaturePopupState {
  /** Shows a clicked feature's popup, closing the open place (one popup at a time). */
  open: (hit: FeatureHit) => void;
  /** The feature's popup, or null (none open, or a place has been opened since). */
  popup: PopupContent | null;
}

/**
 * The popup of a clicked map feature that carries its own. It is not part of the address: it is
 * opened by a click on the map and closed by the next place, its button or Escape, which hand
 * focus back to the map.
 */
export function useFeaturePopup(placeOpen: boolean, closePlace: () => void): FeaturePopupState {
  const [hit, setHit] = useState<FeatureHit | null>(null);
  // A place opened (from the list, the map or the address) replaces the feature's popup.
  useEffect(() => {
    if (placeOpen) setHit(null);
  }, [placeOpen]);
  const open = useCallback(
    (h: FeatureHit) => {
      if (placeOpen) closePlace();
      setHit(h);
    },
    [placeOpen, closePlace],
  );
  const close = useCallback(() => {
    setHit(null);
    document.querySelector<HTMLElement>('.map canvas')?.focus();
  }, []);
  const popup = useMemo<PopupContent | null>(
    () =>
      hit && !placeOpen
        ? {
            key: `feature:${hit.key}`,
            lngLat: hit.lngLat,
            reveal: true,
            content: <FeatureDialog popup={hit.popup} onClose={close} />,
          }
        : null,
    [hit, placeOpen, close],
  );
  return { open, popup };
}
