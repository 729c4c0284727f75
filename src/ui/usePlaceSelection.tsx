import { useCallback, useMemo, useRef, useState } from 'react';
import type { PlaceFeature, SourceMeta } from '../../geo/schema.ts';
import type { PopupContent } from '../map/MapView.tsx';
import { placeAnchor } from '../story/place-anchor.ts';
import type { UpdateUrlState } from '../url/useUrlState.ts';
import { PlaceDialog } from './PlaceDialog.tsx';

export interface PlaceSelection {
  /** Opens a place (a history step), remembering where the reader was. */
  select: (placeId: string) => void;
  /** Closes it (a history step) and returns focus to where the reader was. */
  close: () => void;
  /** The open place's popup, or null. */
  popup: PopupContent | null;
}

/**
 * Which place is open, and focus around it: the element that opened a place (the opener) gets
 * focus back when it closes, or the map if the reader came from a click on it. A place opened
 * by the reader takes focus and is panned into view; one opened by a permalink does neither.
 */
export function usePlaceSelection(
  selectedId: string | undefined,
  byId: ReadonlyMap<string, PlaceFeature>,
  sources: ReadonlyMap<string, SourceMeta>,
  setUrl: UpdateUrlState,
): PlaceSelection {
  const [takeFocus, setTakeFocus] = useState(false);
  const openerRef = useRef<HTMLElement | null>(null);

  // Callbacks derive the next state from the latest one, so their identity never changes and
  // the memoised panels do not re-render on every move of the map.
  const select = useCallback(
    (placeId: string) => {
      setUrl((prev) => {
        if (prev.place === placeId) return prev;
        openerRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setTakeFocus(true);
        return { ...prev, place: placeId };
      }, 'push');
    },
    [setUrl],
  );

  const close = useCallback(() => {
    setUrl((prev) => ({ ...prev, place: undefined }), 'push');
    const opener = openerRef.current;
    openerRef.current = null;
    (opener?.isConnected ? opener : document.querySelector<HTMLElement>('.map canvas'))?.focus();
  }, [setUrl]);

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const popup = useMemo<PopupContent | null>(
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
  return { select, close, popup };
}
