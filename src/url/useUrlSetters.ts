import { useCallback } from 'react';
import type { LayerId, ViewState } from '../story/model.ts';
import type { UpdateUrlState } from './useUrlState.ts';

/** Stable setters for the parts of the permalink the map and the toggles change in place. */
export function useUrlSetters(setUrl: UpdateUrlState): {
  setLayer: (layer: LayerId, shown: boolean) => void;
  setView: (view: ViewState) => void;
} {
  const setLayer = useCallback(
    (layer: LayerId, shown: boolean) =>
      setUrl((prev) => ({ ...prev, layers: { ...prev.layers, [layer]: shown } }), 'replace'),
    [setUrl],
  );
  const setView = useCallback(
    (view: ViewState) => setUrl((prev) => ({ ...prev, view }), 'replace'),
    [setUrl],
  );
  return { setLayer, setView };
}
