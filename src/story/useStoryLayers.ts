import { useCallback, useMemo } from 'react';
import type { StoryLayer } from '../../geo/schema.ts';
import { type Layers, loadLayers } from './load-story.ts';
import { useLoaded } from './useLoaded.ts';

export interface StoryLayersData {
  /** Each layer's data as it loaded (or why not), by layer id; null until asked for. */
  parts: Layers | null;
  /** Each loaded layer's features' properties, by layer id: what the legend reads. */
  features: ReadonlyMap<string, readonly unknown[]>;
}

/**
 * The story's layers as data, for the panels: loaded once `load` (the map has drawn, or cannot),
 * since the map loads the same files itself and nothing in the first view needs them.
 */
export function useStoryLayers(layers: readonly StoryLayer[], load: boolean): StoryLayersData {
  const loader = useCallback(() => loadLayers(layers), [layers]);
  const loaded = useLoaded(load && layers.length > 0 ? loader : null);
  const parts = loaded.state === 'ready' ? loaded.value : null;
  return useMemo(
    () => ({
      parts,
      features: new Map(
        Object.entries(parts ?? {}).flatMap(([id, p]) =>
          p.ok ? [[id, p.value.features.map((f) => f.properties)] as const] : [],
        ),
      ),
    }),
    [parts],
  );
}
