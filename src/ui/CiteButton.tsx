import { type ReactNode, useState } from 'react';
import { fullPageUrl } from '../export/embed-code.ts';
import { formatViewCitation } from '../export/view-citation.ts';
import { useT } from '../i18n/useT.ts';
import { useLinks } from './links.ts';
import { useCopy } from './useCopy.ts';
import { useStoryMeta } from './useStoryMeta.ts';

/**
 * "Cite this view": title, publisher, permalink and today's date, copied to the clipboard and
 * shown, so a reader whose clipboard is blocked can still select it.
 */
export function CiteButton(): ReactNode {
  const t = useT();
  const { self } = useLinks();
  const meta = useStoryMeta();
  const [text, setText] = useState('');
  const [status, copy] = useCopy();

  const cite = async () => {
    const citation = formatViewCitation(
      {
        title: meta.title,
        publisher: meta.publisher,
        accessed: new Date(),
        permalink: fullPageUrl(window.location.href, self, t.lang),
      },
      t,
    );
    setText(citation);
    await copy(citation, { done: t('kit.citeDone'), failed: t('kit.citeFailed') });
  };

  return (
    <div className="kit-item">
      <div className="kit-row">
        <button type="button" onClick={cite}>
          {t('kit.cite')}
        </button>
        <span role="status" className="copy-status">
          {status}
        </span>
      </div>
      {text ? <p className="citation-text">{text}</p> : null}
    </div>
  );
}
