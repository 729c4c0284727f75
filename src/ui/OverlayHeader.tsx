import type { ReactNode, Ref } from 'react';
import { useT } from '../i18n/useT.ts';

interface Props {
  headingId: string;
  title: ReactNode;
  closeHref: string;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** The heading of a view over the map, and the link back to the map (a permalink, so Back works too). */
export function OverlayHeader({ headingId, title, closeHref, headingRef }: Props): ReactNode {
  const t = useT();
  return (
    <header className="overlay-head">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <a className="back" href={closeHref}>
        {t('overlay.back')}
      </a>
    </header>
  );
}
