import { createContext, useContext } from 'react';
import { formatPermalink, type PermalinkState } from '../url/permalink.ts';

/**
 * Builders of in-app permalinks (hash hrefs) that keep the rest of what the reader sees. Real
 * links, so they open in a new tab, can be copied, and work as history steps. Every one is
 * written by the permalink codec: no hash is put together by hand.
 */
export interface Links {
  article: (sourceId: string, start: number, end: number) => string;
  claims: string;
  /** The permalink of what the reader sees now (for Copy link). */
  self: string;
  /** The same, asking for a language (`lang=`): the hash of a language switch's link. */
  inLang: (lang: string) => string;
}

/** An in-page link to a state; never an empty href, which would reload the page. */
export function hrefFor(state: PermalinkState): string {
  return formatPermalink(state) || '#';
}

/** The links from a state. */
export function linksFrom(url: PermalinkState): Links {
  return {
    article: (source, start, end) => hrefFor({ ...url, source, passage: { start, end } }),
    claims: hrefFor({ ...url, panel: 'claims' }),
    self: hrefFor(url),
    inLang: (lang) => hrefFor({ ...url, lang }),
  };
}

export const LinksContext = createContext<Links>(linksFrom({}));

export function useLinks(): Links {
  return useContext(LinksContext);
}
