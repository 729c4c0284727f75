import type { ReactNode } from 'react';
import type { StoryMeta } from '../../geo/schema.ts';
import type { Translate } from '../i18n/catalog.ts';
import { I18nContext } from '../i18n/useT.ts';
import { type Links, LinksContext } from './links.ts';
import { StoryMetaContext } from './useStoryMeta.ts';

/** What every panel reads without props: the reader's language, the story's words, the links. */
export function StoryContexts(props: {
  t: Translate;
  meta: StoryMeta;
  links: Links;
  children: ReactNode;
}): ReactNode {
  return (
    <I18nContext.Provider value={props.t}>
      <StoryMetaContext.Provider value={props.meta}>
        <LinksContext.Provider value={props.links}>{props.children}</LinksContext.Provider>
      </StoryMetaContext.Provider>
    </I18nContext.Provider>
  );
}
