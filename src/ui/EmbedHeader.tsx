import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { pageHref } from '../url/pages.ts';
import { useLinks } from './links.ts';
import { useStoryMeta } from './useStoryMeta.ts';

/**
 * The embed layout's one line instead of the masthead: the title and a link to the full
 * explorer in the same state. It opens a new tab: the reader keeps the article the map is in
 * (`_top` would navigate away from it), as Datawrapper's and Flourish's embeds do.
 */
export function EmbedHeader(): ReactNode {
  const t = useT();
  const meta = useStoryMeta();
  const { self } = useLinks();
  return (
    <header className="embed-head">
      <h1>{meta.title}</h1>
      <a
        className="full-explorer-link"
        href={`${pageHref(t.lang)}${self === '#' ? '' : self}`}
        target="_blank"
        rel="noopener"
      >
        {t('embed.fullExplorer')}
      </a>
    </header>
  );
}
