import { useCallback, useRef, useState } from 'react';
import type { UpdateUrlState } from './useUrlState.ts';

export interface PlaceSelection {
  /** Opens a place (a history step), remembering where the reader was. */
  select: (placeId: string) => void;
  /** Closes it (a history step) and returns focus to where the reader was. */
  close: () => void;
  /** The reader opened the place (it takes focus and is panned into view); a permalink's does neither. */
  takeFocus: boolean;
}

/**
 * Which place is open (the permalink's `place`), and focus around it: the element that opened a
 * place (the opener) gets focus back when it closes, or the map if the reader came from a click on it.
 */
export function usePlaceSelection(selectedId: string | undefined, setUrl: UpdateUrlState): PlaceSelection {
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

  return { select, close, takeFocus: takeFocus && selectedId !== undefined };
}
