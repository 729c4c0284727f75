import { memo, type ReactNode } from 'react';
import { useStoryMeta } from './useStoryMeta.ts';

/** Who and what the story is built from, at the foot of the panel (geo/story.json `credits`). */
export const Credits = memo(function Credits(): ReactNode {
  const { credits } = useStoryMeta();
  return credits ? <p className="credits hint">{credits}</p> : null;
});
