import type { StoryLayer } from '../../geo/schema.ts';
import type { PlainKey, Translate } from '../i18n/catalog.ts';
import type { Part } from './model.ts';

/** What the app tried to show, as far as it got; null or undefined where it has not tried yet. */
export interface Shown {
  places?: Part<unknown> | null | undefined;
  sources?: Part<unknown> | null | undefined;
  /** The story's layers as data (for the legend), by layer id. */
  layers?: Readonly<Record<string, Part<unknown>>> | null | undefined;
  timeline?: Part<unknown> | null | undefined;
  trackError?: string | null | undefined;
  /** Sources the map itself reported it could not load (MapLibre source ids). */
  mapSourceErrors: readonly string[];
  /** Why the story's own words (title, labels) could not be read, if they could not. */
  metaProblem?: string | null | undefined;
  /** The story's layers (story.json): their names (`part`) for saying one could not be shown. */
  storyLayers: readonly Pick<StoryLayer, 'id' | 'part'>[];
  /** The story's name for the replay's track. */
  trackName: string;
}

/** The app's own parts, by the id its loading and the map's sources give them. */
const GENERAL_NAMES: Readonly<Record<string, PlainKey & `unshown.${string}`>> = {
  basemap: 'unshown.basemap',
  world: 'unshown.world',
  'context-places': 'unshown.contextPlaces',
  detail: 'unshown.detail',
  places: 'unshown.places',
  sources: 'unshown.sources',
  timeline: 'unshown.timeline',
};

/**
 * What could not be shown, one sentence each, in the order a reader meets it. A layer the map
 * could not load is said once: with the reason when the app loaded it too and knows why. A map
 * source a layer adds (its own, or `<layer>-…`) is named by its layer.
 *
 * @example whatCouldNotBeShown({ places: { ok: false, error: 'HTTP 404' }, mapSourceErrors: [], storyLayers: [], trackName }, t)
 * // → ['Could not load the places (HTTP 404).']
 */
export function whatCouldNotBeShown(s: Shown, t: Translate): string[] {
  const layerOf = (sourceId: string) =>
    s.storyLayers.find((l) => sourceId === l.id || sourceId.startsWith(`${l.id}-`));
  const general = (id: string) => {
    const key = GENERAL_NAMES[id];
    return key ? t(key) : id;
  };
  const name = (id: string) => layerOf(id)?.part ?? general(id);
  const failed = (id: string, part: Part<unknown> | null | undefined) =>
    part && !part.ok ? t('unshown.failed', { part: name(id), error: part.error }) : null;
  const layers = s.layers;
  const saidAlready = (sourceId: string) => {
    const layer = layerOf(sourceId);
    return layer !== undefined && layers?.[layer.id]?.ok === false;
  };
  const mapErrors = [...new Set(s.mapSourceErrors.filter((id) => !saidAlready(id)).map(name))];
  return [
    s.metaProblem ? t('unshown.meta', { error: s.metaProblem }) : null,
    failed('places', s.places),
    failed('sources', s.sources),
    ...s.storyLayers.map((l) => failed(l.id, layers?.[l.id])),
    ...mapErrors.map((part) => t('unshown.mapFailed', { part })),
    failed('timeline', s.timeline),
    s.trackError ? t('unshown.track', { track: s.trackName, error: s.trackError }) : null,
  ].filter((p): p is string => p !== null);
}
