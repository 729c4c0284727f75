import { createContext, useContext } from 'react';

/**
 * Builders of in-app permalinks (hash hrefs) that keep the rest of what the reader sees. Real
 * links, so they open in a new tab, can be copied, and work as history steps.
 */
export interface Links {
  article: (sourceId: string, start: number, end: number) => string;
  claims: string;
}

const fallback: Links = {
  article: (sourceId, start, end) => `#source=${encodeURIComponent(sourceId)}&passage=${start}-${end}`,
  claims: '#panel=claims',
};

export const LinksContext = createContext<Links>(fallback);

export function useLinks(): Links {
  return useContext(LinksContext);
}
