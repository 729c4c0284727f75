import { type ReactNode, useState } from 'react';
import type { Translate } from '../i18n/catalog.ts';
import { useT } from '../i18n/useT.ts';
import { loadDownloadIndex } from '../story/load-story.ts';
import { useLoaded } from '../story/useLoaded.ts';
import { DEFAULT_LANG } from '../url/pages.ts';

const size = (t: Translate, bytes: number) =>
  bytes < 1024 ? t('kit.bytes', { count: bytes }) : t('kit.kilobytes', { count: Math.round(bytes / 1024) });

/**
 * "Download the data": the files npm run geo builds for readers (data/download/), each a link
 * with `download`, and what each one is. The list loads when it is opened.
 */
export function DataDownloads(): ReactNode {
  const t = useT();
  const [open, setOpen] = useState(false);
  const list = useLoaded(open ? loadDownloadIndex : null);
  let body: ReactNode = <p aria-live="polite">{t('kit.dataLoading')}</p>;
  if (list.state === 'error' || (list.state === 'ready' && !list.value.ok))
    body = <p role="alert">{t('kit.dataFailed')}</p>;
  else if (list.state === 'ready' && list.value.ok)
    body = (
      <>
        {t.lang === DEFAULT_LANG ? null : <p className="hint">{t('kit.dataInSourceLang')}</p>}
        <ul className="downloads">
          {list.value.value.map((f) => (
            <li key={f.name}>
              <a href={`data/download/${f.name}`} download={f.name}>
                {f.name}
              </a>{' '}
              <span className="hint">
                ({size(t, f.bytes)}): <span lang={DEFAULT_LANG}>{f.description}</span>
              </span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className="kit-item">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? 'downloads-panel' : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {t('kit.data')}
      </button>
      {open ? (
        <div id="downloads-panel" className="kit-panel">
          {body}
        </div>
      ) : null}
    </div>
  );
}
