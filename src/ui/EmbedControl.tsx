import { type ReactNode, useEffect, useState } from 'react';
import { embedCode, fileStem } from '../export/embed-code.ts';
import { useLinks } from './links.ts';
import { useCopy } from './useCopy.ts';
import { useStoryMeta } from './useStoryMeta.ts';

/**
 * "Embed": the code that puts exactly this view (its permalink) in another page, an iframe of
 * embed.html and the host script that sizes it, with a copy button. The address comes from the
 * page's own location, so it is right on whatever host and sub-path the app is served from.
 */
export function EmbedControl(): ReactNode {
  const { self } = useLinks();
  const meta = useStoryMeta();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [status, copy] = useCopy();
  useEffect(() => {
    if (!open) return;
    setCode(
      embedCode({
        pageUrl: window.location.href,
        hash: self,
        title: meta.title,
        childId: fileStem(meta.pageTitle),
      }),
    );
  }, [open, self, meta]);

  const copyCode = () =>
    copy(code, {
      done: 'Embed code copied to the clipboard.',
      failed: 'Could not copy: select the code and copy it instead.',
    });

  return (
    <div className="kit-item">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? 'embed-panel' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Embed
      </button>
      {open ? (
        <div id="embed-panel" className="kit-panel">
          <label htmlFor="embed-code">Embed code for this view</label>
          <textarea
            id="embed-code"
            className="code"
            readOnly
            rows={6}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="kit-row">
            <button type="button" onClick={copyCode}>
              Copy embed code
            </button>
            <span role="status" className="copy-status">
              {status}
            </span>
          </div>
          <p className="hint">
            Paste both lines into the article’s HTML: the frame shows this view, and the script sizes it to
            its content (Pym.js’s messages, so a page that already runs Pym.js needs only the frame).
          </p>
        </div>
      ) : null}
    </div>
  );
}
