import { type ReactNode, useEffect, useState } from 'react';
import { fullPageUrl } from '../export/embed-code.ts';
import { isEmbedded } from '../url/embedded.ts';
import { useLinks } from './links.ts';

/**
 * Copies the permalink of what the reader sees: the page's address with the hash the codec
 * writes for the current state (the address bar itself may be a moment behind: its writes are
 * throttled).
 */
export function CopyLinkButton(): ReactNode {
  const { self } = useLinks();
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const copy = async () => {
    try {
      const { origin, pathname, search, href } = window.location;
      // Embedded, the link is to the full explorer: a reader shares the map, not the frame.
      await navigator.clipboard.writeText(
        isEmbedded() ? fullPageUrl(href, self) : `${origin}${pathname}${search}${self === '#' ? '' : self}`,
      );
      setStatus('Link copied to the clipboard.');
    } catch {
      setStatus('Could not copy: select the address bar and copy it instead.');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </div>
  );
}
