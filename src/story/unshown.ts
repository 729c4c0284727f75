import type { LayerId, Part } from './model.ts';

/** What the app tried to show, as far as it got; null or undefined where it has not tried yet. */
export interface Shown {
  places?: Part<unknown> | null | undefined;
  sources?: Part<unknown> | null | undefined;
  /** The route and the claimed-places layer as data (for the legend). */
  layers?: Record<LayerId, Part<unknown>> | null | undefined;
  timeline?: Part<unknown> | null | undefined;
  trackError?: string | null | undefined;
  /** Sources the map itself reported it could not load (MapLibre source ids). */
  mapSourceErrors: readonly string[];
  /** Why the story's own words (title, labels) could not be read, if they could not. */
  metaProblem?: string | null | undefined;
  /** The story's names for its layers (story.json `parts`) and for the replay's track. */
  partNames: Record<LayerId, string>;
  trackName: string;
}

const GENERAL_NAMES: Record<string, string> = {
  basemap: 'the basemap (land and borders)',
  world: 'the world map around the region',
  'context-places': 'the context cities and airports',
  detail: 'the detailed coastline',
  places: 'the places',
  sources: 'the articles’ headlines and dates',
  timeline: 'the timeline',
};

/**
 * What could not be shown, one sentence each, in the order a reader meets it. A layer the map
 * could not load is said once: with the reason when the app loaded it too and knows why.
 *
 * @example whatCouldNotBeShown({ places: { ok: false, error: 'HTTP 404' }, mapSourceErrors: [], partNames, trackName })
 * // → ['Could not load the places (HTTP 404).']
 */
export function whatCouldNotBeShown(s: Shown): string[] {
  const name = (id: string) => (s.partNames as Record<string, string>)[id] ?? GENERAL_NAMES[id] ?? id;
  const failed = (id: string, part: Part<unknown> | null | undefined) =>
    part && !part.ok ? `Could not load ${name(id)} (${part.error}).` : null;
  const layers = s.layers;
  return [
    s.metaProblem ? `Could not read the story’s title and labels (${s.metaProblem}).` : null,
    failed('places', s.places),
    failed('sources', s.sources),
    failed('route', layers?.route),
    failed('drones', layers?.drones),
    ...s.mapSourceErrors
      .filter((id) => !(id === 'route' || id === 'drones') || !layers || layers[id].ok)
      .map((id) => `Could not load ${name(id)}.`),
    failed('timeline', s.timeline),
    s.trackError ? `Could not load ${s.trackName} for the replay (${s.trackError}).` : null,
  ].filter((p): p is string => p !== null);
}
