import { memo, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { useStoryMeta } from './useStoryMeta.ts';

interface Props {
  /** Which of the story's layers are shown, by id. */
  shown: Readonly<Record<string, boolean>>;
  onChange: (layer: string, shown: boolean) => void;
}

/** One checkbox per layer of the story, by its name; nothing at all for a story with no layers. */
export const LayerToggles = memo(function LayerToggles({ shown, onChange }: Props): ReactNode {
  const t = useT();
  const { layers } = useStoryMeta();
  if (layers.length === 0) return null;
  return (
    <fieldset className="toggles">
      <legend>{t('layers.legend')}</legend>
      {layers.map((layer) => (
        <label key={layer.id}>
          <input
            type="checkbox"
            checked={shown[layer.id] ?? layer.on}
            onChange={(e) => onChange(layer.id, e.currentTarget.checked)}
          />
          {layer.toggle}
        </label>
      ))}
    </fieldset>
  );
});
