import { memo, type ReactNode } from 'react';
import { LAYER_IDS, type LayerId } from '../story/model.ts';
import { useStoryMeta } from './story-meta.ts';

interface Props {
  layers: Record<LayerId, boolean>;
  onChange: (layer: LayerId, shown: boolean) => void;
}

export const LayerToggles = memo(function LayerToggles({ layers, onChange }: Props): ReactNode {
  const names = useStoryMeta().layers;
  return (
    <fieldset className="toggles">
      <legend>Layers</legend>
      {LAYER_IDS.map((id) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={layers[id]}
            onChange={(e) => onChange(id, e.currentTarget.checked)}
          />
          {names[id]}
        </label>
      ))}
    </fieldset>
  );
});
