import { createContext, type ReactNode, useContext, useId } from 'react';
import type { EvidenceFile } from '../../geo/schema.ts';
import { stretchTimes } from '../story/evidence.ts';
import { FactSourceList } from './FactSourceLink.tsx';

/** The evidence file as the prerender read it, for pages without JavaScript (set only there). */
export const PrerenderedEvidence = createContext<EvidenceFile | null>(null);

/**
 * The flown path stretch by stretch, as text: when, the kind of evidence, what was received, what
 * the line is drawn along, and the sources. For print, and for pages with no map (no WebGL, no
 * JavaScript, the text page). Renders nothing for a story without stretches.
 */
export function EvidenceStretches({
  evidence,
  className,
}: {
  evidence?: EvidenceFile | null | undefined;
  className?: string;
}): ReactNode {
  const prerendered = useContext(PrerenderedEvidence);
  const titleId = useId();
  // `undefined` reads what the prerender provided; `null` (the app, data not loaded) shows nothing.
  const file = evidence === undefined ? prerendered : evidence;
  if (!file || file.stretches.length === 0) return null;
  const legend = new Map(file.kinds.map((k) => [k.id, k.legend]));
  return (
    <section
      className={['evidence-stretches', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>The path flown, by its evidence</h3>
      {file.note ? <p>{file.note}</p> : null}
      <ol>
        {file.stretches.map((s) => (
          <li key={s.id} data-evidence={s.kind}>
            <strong>{stretchTimes(s)}</strong> — {legend.get(s.kind) ?? s.kind}. {s.received}. {s.drawnAlong}.{' '}
            Source: <FactSourceList sources={s.sources} />
          </li>
        ))}
      </ol>
    </section>
  );
}
