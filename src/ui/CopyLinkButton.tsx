import { memo, type ReactNode } from 'react';
import { fullPageUrl } from '../export/embed-code.ts';
import { useT } from '../i18n/useT.ts';
import { isEmbedded } from '../url/embedded.ts';
import { useLinks } from './links.ts';
import { useCopy } from './useCopy.ts';

/**
 * Copies the permalink of what the reader sees: the page's address with the hash the codec
 * writes for the current state (the address bar itself may be a moment behind: its writes are
 * throttled).
 */
export const CopyLinkButton = memo(function CopyLinkButton(): ReactNode {
  const t = useT();
  const { self } = useLinks();
  const [status, copy] = useCopy();

  const copyLink = () => {
    const { origin, pathname, search, href } = window.location;
    // Embedded, the link is to the full explorer: a reader shares the map, not the frame.
    const link = isEmbedded()
      ? fullPageUrl(href, self, t.lang)
      : `${origin}${pathname}${search}${self === '#' ? '' : self}`;
    return copy(link, { done: t('copy.linkDone'), failed: t('copy.linkFailed') });
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copyLink}>
        {t('copy.link')}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
});
