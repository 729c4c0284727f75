import { type ReactNode, useId, useRef } from 'react';
import type { FeaturePopup } from '../../geo/schema.ts';
import { longDate } from '../i18n/format.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { stretchTimes } from '../story/evidence.ts';
import { FactSourceList } from './FactSourceLink.tsx';
import { ESCAPE_LAYER, useEscapeStack } from './useEscapeStack.ts';
import { useOpeningFocus } from './useOpeningFocus.ts';

interface Props {
  popup: FeaturePopup;
  onClose: () => void;
}

/**
 * The popup of a map feature that carries its own (a stretch of the path, say): a non-modal dialog
 * named by its title, with the time it covers, its lines and its sources. It opens from a click on
 * the map, so it takes focus; Escape or its button closes it.
 */
export function FeatureDialog({ popup, onClose }: Props): ReactNode {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useOpeningFocus(ref, headingId);
  useEscapeStack(ESCAPE_LAYER.popup, onClose);

  const { from, to } = popup;
  return (
    <div ref={ref} role="dialog" aria-labelledby={headingId} className="place-dialog feature-dialog">
      <button type="button" className="close" onClick={onClose} aria-label={t('dialog.close')}>
        ×
      </button>
      <div className="dialog-body">
        <h2 id={headingId} tabIndex={-1}>
          {popup.title}
        </h2>
        {popup.date ? (
          <p className="when">
            <time dateTime={popup.date}>{longDate(t.lang, popup.date)}</time>
          </p>
        ) : null}
        {from && to ? (
          <p className="when">
            <strong>{stretchTimes(t.lang, { from, to })}</strong>
          </p>
        ) : null}
        {popup.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {popup.sources.length > 0 ? (
          <p className="feature-sources">
            <Rich
              parts={t.parts('feature.sources', {
                count: popup.sources.length,
                sources: <FactSourceList sources={popup.sources} />,
              })}
            />
          </p>
        ) : null}
      </div>
    </div>
  );
}
