/**
 * The story model's small shared vocabulary: what every layer of the app (map, panels, permalink)
 * names in the same words. Below nothing, above everything but the data's schema. (The story's
 * layers are its data: story.json `layers`, StoryMeta['layers'].)
 */

/** Where the map looks: MapLibre's camera, as a permalink writes it. */
export interface ViewState {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** Each part of the story loads, or fails, on its own: a missing route must not hide the places. */
export type Part<T> = { ok: true; value: T } | { ok: false; error: string };

/** The ids a link into the story may name, and each article's length (to check passage ranges). */
export interface StoryIds {
  placeIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
  sourceLengths: ReadonlyMap<string, number>;
}
