import { type ReactNode, useEffect, useState } from 'react';

/** Copies the page's current address, which always holds the permalink of what the reader sees. */
export function CopyLinkButton(): ReactNode {
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!status) return;
    const t = setTimeout(() => setStatus(''), 4000);
    return () => clearTimeout(t);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
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
