import { useMemo } from 'react';
import type { PlaceFeature, SourceMeta } from '../../geo/schema.ts';
import type { FeatureHit } from '../map/feature-hit.ts';
import type { PopupContent } from '../map/MapView.tsx';
import { placeAnchor } from '../story/place-anchor.ts';
import type { PlaceSelection } from '../url/usePlaceSelection.ts';
import { PlaceDialog } from './PlaceDialog.tsx';
import { useFeaturePopup } from './useFeaturePopup.tsx';

/**
 * The one popup the map shows: the open place's dialog at its anchor, else the popup of a feature
 * the reader clicked (a stretch of the path, a witness video); null when neither is open.
 */
export function useMapPopup(
  selected: PlaceFeature | undefined,
  sources: ReadonlyMap<string, SourceMeta>,
  { close, takeFocus }: Pick<PlaceSelection, 'close' | 'takeFocus'>,
): { popup: PopupContent | null; onFeature: (hit: FeatureHit) => void } {
  const place = useMemo<PopupContent | null>(
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
                onClose={close}
                takeFocus={takeFocus}
              />
            ),
          }
        : null,
    [selected, sources, close, takeFocus],
  );
  const feature = useFeaturePopup(place !== null, close);
  return { popup: place ?? feature.popup, onFeature: feature.open };
}
