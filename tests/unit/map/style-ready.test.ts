import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { trackStyleLoad, whenStyleReady } from '../../../src/map/style-ready.ts';

/** Just enough of a MapLibre map: one-shot listeners, and no layers at all. */
function fakeMap(): MapLibreMap & { fire(event: string): void } {
  const listeners = new Map<string, (() => void)[]>();
  return {
    once(event: string, fn: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return this;
    },
    getLayer: () => undefined,
    fire(event: string) {
      const fns = listeners.get(event) ?? [];
      listeners.delete(event);
      for (const fn of fns) fn();
    },
  } as unknown as MapLibreMap & { fire(event: string): void };
}

describe('whenStyleReady', () => {
  it('waits for the style to load, then runs at once, whatever layers the style has', () => {
    const map = fakeMap();
    trackStyleLoad(map);
    const runs: string[] = [];
    whenStyleReady(map, () => runs.push('early'));
    expect(runs).toEqual([]);
    map.fire('style.load');
    expect(runs).toEqual(['early']);
    // A style without a 'water' layer (or any layer) is ready all the same.
    whenStyleReady(map, () => runs.push('late'));
    expect(runs).toEqual(['early', 'late']);
  });
});
