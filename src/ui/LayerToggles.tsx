import { memo, type ReactNode } from 'react';
import type { LayerId } from '../url/permalink.ts';

interface Props {
  layers: Record<LayerId, boolean>;
  onChange: (layer: LayerId, shown: boolean) => void;
}

const LABELS: Record<LayerId, string> = { route: 'Flight route', drones: 'Drone attacks' };

export const LayerToggles = memo(function LayerToggles({ layers, onChange }: Props): ReactNode {
  return (
    <fieldset className="toggles">
      <legend>Layers</legend>
      {(Object.keys(LABELS) as LayerId[]).map((id) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={layers[id]}
            onChange={(e) => onChange(id, e.currentTarget.checked)}
          />
          {LABELS[id]}
        </label>
      ))}
    </fieldset>
  );
});
