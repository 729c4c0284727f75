import type { PlaceCollection, SourcesFile } from '../../geo/schema.ts';
import type { StoryIds } from './model.ts';

/** The ids a permalink may name, and each article's length, from the places and the articles' metadata. */
export function storyIds(places: PlaceCollection | null, sources: SourcesFile | null): StoryIds {
  const articles = sources?.sources ?? [];
  return {
    placeIds: new Set((places?.features ?? []).map((f) => f.properties.id)),
    sourceIds: new Set(articles.map((s) => s.id)),
    sourceLengths: new Map(
      articles.flatMap((s) => (s.length === undefined ? [] : [[s.id, s.length] as const])),
    ),
  };
}
