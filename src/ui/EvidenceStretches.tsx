import { createContext, type ReactNode, useContext, useId } from 'react';
import type { EvidenceFile } from '../../geo/schema.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
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
  const t = useT();
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
      <h3 id={titleId}>{t('evidence.heading')}</h3>
      {file.note ? <p>{file.note}</p> : null}
      <ol>
        {file.stretches.map((s) => (
          <li key={s.id} data-evidence={s.kind}>
            <Rich
              parts={t.parts('evidence.stretch', {
                times: <strong>{stretchTimes(t.lang, s)}</strong>,
                kind: legend.get(s.kind) ?? s.kind,
                received: s.received,
                drawnAlong: s.drawnAlong,
                sources: <FactSourceList sources={s.sources} />,
              })}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
