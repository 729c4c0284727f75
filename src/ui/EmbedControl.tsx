import { type ReactNode, useEffect, useState } from 'react';
import { embedCode, fileStem } from '../export/embed-code.ts';
import { useT } from '../i18n/useT.ts';
import { useLinks } from './links.ts';
import { useCopy } from './useCopy.ts';
import { useStoryMeta } from './useStoryMeta.ts';

/**
 * "Embed": the code that puts exactly this view (its permalink) in another page, an iframe of
 * embed.html and the host script that sizes it, with a copy button. The address comes from the
 * page's own location, so it is right on whatever host and sub-path the app is served from.
 */
export function EmbedControl(): ReactNode {
  const t = useT();
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
        lang: t.lang,
      }),
    );
  }, [open, self, meta, t.lang]);

  const copyCode = () => copy(code, { done: t('kit.embedDone'), failed: t('kit.embedFailed') });

  return (
    <div className="kit-item">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? 'embed-panel' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('kit.embed')}
      </button>
      {open ? (
        <div id="embed-panel" className="kit-panel">
          <label htmlFor="embed-code">{t('kit.embedLabel')}</label>
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
              {t('kit.embedCopy')}
            </button>
            <span role="status" className="copy-status">
              {status}
            </span>
          </div>
          <p className="hint">{t('kit.embedHint')}</p>
        </div>
      ) : null}
    </div>
  );
}
