import type { ReactNode } from 'react';
import { useStoryMeta } from './useStoryMeta.ts';

/**
 * The story in two sentences, present in the first paint. Its words come from geo/story.json,
 * where the build checks that every figure in them is backed by a quote or a sourced fact.
 */
export function StoryIntro(): ReactNode {
  const meta = useStoryMeta();
  return (
    <>
      <h1>{meta.title}</h1>
      {meta.standfirst ? (
        // elementtiming: the benchmark reads when the story's text was first painted (Element Timing API).
        <p className="lede" {...{ elementtiming: 'story-text' }}>
          {meta.standfirst}
        </p>
      ) : null}
    </>
  );
}
