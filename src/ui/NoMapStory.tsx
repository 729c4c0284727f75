import { type ReactNode, useEffect } from 'react';
import type { EvidenceFile, PlaceProperties, SourceMeta } from '../../geo/schema.ts';
import { mayTakeFocus } from '../url/embedded.ts';
import { EvidenceStretches } from './EvidenceStretches.tsx';
import { PlaceDetails } from './PlaceDetails.tsx';

interface Props {
  /** Why there is no map, in one sentence the reader sees. */
  notice: string;
  /** The technical reason, for the curious (a tooltip). */
  reason?: string;
  places: readonly PlaceProperties[];
  sources: ReadonlyMap<string, SourceMeta>;
  selected: string | undefined;
  /** The path by its evidence; without it, what the prerender read (pages without JavaScript). */
  evidence?: EvidenceFile | null | undefined;
}

/**
 * The story without a map, for browsers that cannot draw one (no WebGL) or run no script (the
 * prerendered page's <noscript>): one clear sentence why, then every place with every passage. The selected place (from the list or the permalink) is scrolled to.
 */
export function NoMapStory({ notice, reason, places, sources, selected, evidence }: Props): ReactNode {
  useEffect(() => {
    if (selected && mayTakeFocus())
      document.getElementById(`place-${selected}`)?.scrollIntoView({ block: 'start' });
  }, [selected]);

  return (
    <div className="no-map">
      <p role="status" className="no-map-reason" title={reason}>
        {notice}
      </p>
      {places.map((p) => (
        <section
          key={p.id}
          id={`place-${p.id}`}
          className={p.id === selected ? 'selected' : undefined}
          // The outline shows the chosen place; aria-current says it to a screen reader.
          aria-current={p.id === selected ? 'true' : undefined}
          aria-labelledby={`heading-${p.id}`}
        >
          <PlaceDetails place={p} sources={sources} headingId={`heading-${p.id}`} level={3} />
        </section>
      ))}
      <EvidenceStretches evidence={evidence} />
    </div>
  );
}
