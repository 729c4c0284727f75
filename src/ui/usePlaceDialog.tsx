import { useMemo } from 'react';
import type { PlaceFeature, SourceMeta } from '../../geo/schema.ts';
import type { PopupContent } from '../map/MapView.tsx';
import { placeAnchor } from '../story/place-anchor.ts';
import { PlaceDialog } from './PlaceDialog.tsx';

/** The open place's dialog, as the map's popup: its dialog, at its anchor; null when no place is open. */
export function usePlaceDialog(
  selected: PlaceFeature | undefined,
  sources: ReadonlyMap<string, SourceMeta>,
  onClose: () => void,
  takeFocus: boolean,
): PopupContent | null {
  return useMemo<PopupContent | null>(
    () =>
      selected
        ? {
            key: selected.properties.id,
            lngLat: placeAnchor(selected),
            reveal: takeFocus,
            content: (
              <PlaceDialog
                place={selected.properties}
                sources={sources}
                onClose={onClose}
                takeFocus={takeFocus}
              />
            ),
          }
        : null,
    [selected, sources, onClose, takeFocus],
  );
}
