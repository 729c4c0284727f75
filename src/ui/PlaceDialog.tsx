import { type ReactNode, useRef } from 'react';
import type { PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { useT } from '../i18n/useT.ts';
import { PlaceDetails } from './PlaceDetails.tsx';
import { ESCAPE_LAYER, useEscapeStack } from './useEscapeStack.ts';
import { useOpeningFocus } from './useOpeningFocus.ts';

interface Props {
  place: PlaceProperties;
  sources: ReadonlyMap<string, SourceMeta>;
  onClose: () => void;
  /** Move focus into the dialog when it opens (not when it opens from a permalink on load). */
  takeFocus: boolean;
}

/** The popup's content: a non-modal dialog named by the place, closed by Escape or its button. */
export function PlaceDialog({ place, sources, onClose, takeFocus }: Props): ReactNode {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = `dialog-title-${place.id}`;
  useOpeningFocus(ref, headingId, takeFocus);

  // Escape closes the dialog wherever focus is (it is non-modal: the list and map stay usable),
  // unless a view over the map is open: that closes first.
  useEscapeStack(ESCAPE_LAYER.popup, onClose);

  return (
    <div ref={ref} role="dialog" aria-labelledby={headingId} className="place-dialog">
      <button type="button" className="close" onClick={onClose} aria-label={t('dialog.close')}>
        ×
      </button>
      <div className="dialog-body">
        <PlaceDetails place={place} sources={sources} headingId={headingId} />
      </div>
    </div>
  );
}
