import { memo, type ReactNode } from 'react';
import { EmbedHeader } from './EmbedHeader.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { StoryIntro } from './StoryIntro.tsx';

/** The top of the page: the skip links, then the story's heading (one line of it when embedded). */
export const Masthead = memo(function Masthead({ embedded }: { embedded: boolean }): ReactNode {
  return (
    <>
      <SkipLinks />
      {embedded ? (
        <EmbedHeader />
      ) : (
        <header className="masthead">
          <StoryIntro />
          <LanguageSwitch layout="full" />
        </header>
      )}
    </>
  );
});
