import { useEffect, useMemo, useState } from 'react';
import type { PlaceCollection, PlaceFeature, PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { storyBounds } from '../../geo/story-bounds.ts';
import type { FirstView } from './load-story.ts';
import type { Part, StoryIds } from './model.ts';
import { storyIds } from './story-ids.ts';

export interface StoryData {
  /** null until the places file has been tried. */
  placesPart: Part<PlaceCollection> | null;
  firstView: FirstView | null;
  features: PlaceFeature[];
  byId: ReadonlyMap<string, PlaceFeature>;
  sources: ReadonlyMap<string, SourceMeta>;
  allPlaces: PlaceProperties[];
  /** The places the list shows, in the story's order. */
  mainPlaces: PlaceProperties[];
  /** The story's extent, else `fallbackBounds`. */
  bounds: [number, number, number, number];
  /** The ids a permalink may name; null until they are known. */
  ids: StoryIds | null;
}

/**
 * The story's data as the app's panels use it: loaded parts, places by id, sources by id, the
 * permalink's known ids. Starts from `ready` when the data arrived before the first render.
 */
export function useStory(
  placesPromise: Promise<Part<PlaceCollection>>,
  firstViewPromise: Promise<FirstView>,
  ready: { places: Part<PlaceCollection>; firstView: FirstView } | undefined,
  fallbackBounds: [number, number, number, number],
): StoryData {
  const [placesPart, setPlacesPart] = useState<Part<PlaceCollection> | null>(ready?.places ?? null);
  const [firstView, setFirstView] = useState<FirstView | null>(ready?.firstView ?? null);

  useEffect(() => {
    let live = true;
    placesPromise.then((p) => live && setPlacesPart(p));
    firstViewPromise.then((f) => live && setFirstView(f));
    return () => {
      live = false;
    };
  }, [placesPromise, firstViewPromise]);

  const places = placesPart?.ok ? placesPart.value : null;
  const features = useMemo<PlaceFeature[]>(() => places?.features ?? [], [places]);
  const byId = useMemo(() => new Map(features.map((f) => [f.properties.id, f])), [features]);
  const sources = useMemo(
    () =>
      new Map<string, SourceMeta>(
        firstView?.sources.ok ? firstView.sources.value.sources.map((s) => [s.id, s]) : [],
      ),
    [firstView],
  );
  const ids = useMemo<StoryIds | null>(
    () => (firstView ? storyIds(places, firstView.sources.ok ? firstView.sources.value : null) : null),
    [firstView, places],
  );
  const allPlaces = useMemo(() => features.map((f) => f.properties), [features]);
  const mainPlaces = useMemo(() => allPlaces.filter((p) => p.main), [allPlaces]);
  const bounds = useMemo(() => storyBounds(features) ?? fallbackBounds, [features, fallbackBounds]);
  return { placesPart, firstView, features, byId, sources, allPlaces, mainPlaces, bounds, ids };
}
