import { createContext, useContext } from 'react';
import type { StoryMeta } from '../../geo/schema.ts';
import { FALLBACK_META } from '../story/story-meta.ts';

/** The story's own words (title, labels, time zones) for every panel, from the page's data block. */
export const StoryMetaContext = createContext<StoryMeta>(FALLBACK_META);

export function useStoryMeta(): StoryMeta {
  return useContext(StoryMetaContext);
}
