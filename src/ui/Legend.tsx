import { memo, type ReactNode } from 'react';
import type { EvidenceFile, RouteProperties } from '../../geo/schema.ts';
import { useColorScheme } from '../map/palette.ts';
import { EVIDENCE_SWATCHES, paletteOf } from '../map/style.ts';
import { stretchTimes } from '../story/evidence.ts';
import { evidenceLegend } from '../story/evidence-legend.ts';
import { EvidenceStretches } from './EvidenceStretches.tsx';
import { FactSourceLink } from './FactSourceLink.tsx';
import { useStoryMeta } from './story-meta.ts';

function Line({
  color,
  dash,
  width = 3,
  opacity = 1,
}: {
  color: string;
  dash?: string | undefined;
  width?: number;
  opacity?: number;
}): ReactNode {
  return (
    <svg width="36" height="12" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="6"
        x2="34"
        y2="6"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash}
        strokeOpacity={opacity}
        strokeLinecap="round"
      />
    </svg>
  );
}

function Dot({ fill, stroke, r = 5 }: { fill: string; stroke: string; r?: number }): ReactNode {
  return (
    <svg width="36" height="24" aria-hidden="true" focusable="false">
      <circle cx="18" cy="12" r={r} fill={fill} stroke={stroke} strokeWidth="2" />
    </svg>
  );
}

interface Props {
  /** The route's segments, so that the legend lists only the kinds of line the map draws. */
  segments: readonly RouteProperties[];
  /** The flown path by its evidence: each kind it uses is named, with its stretches' times and sources. */
  evidence?: EvidenceFile | null | undefined;
}

/** Explains every symbol on the map, in the same colours the style uses. */
export const Legend = memo(function Legend({ segments, evidence }: Props): ReactNode {
  const COLORS = paletteOf(useColorScheme());
  const label = useStoryMeta().legend;
  const flown = (precision: RouteProperties['precision']) =>
    segments.some((s) => s.kind === 'flown' && s.precision === precision && !s.drawnByEvidence);
  const kinds = evidenceLegend(evidence);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        <li>
          <Dot fill={COLORS.place} stroke={COLORS.halo} /> {label.place}
        </li>
        <li>
          <Dot fill={COLORS.context} stroke={COLORS.halo} r={4} /> {label.context}
        </li>
        <li>
          <Dot fill="none" stroke={COLORS.drone} r={9} /> {label.drones}
        </li>
        <li>
          <Line color={COLORS.planned} dash="1 5" width={2} /> {label.planned}
        </li>
        {flown('exact') ? (
          <li>
            <Line color={COLORS.flown} /> {label.flownExact}
          </li>
        ) : null}
        {flown('approximate') ? (
          <li>
            <Line color={COLORS.flown} dash="6 4" /> {label.flownApproximate}
          </li>
        ) : null}
        {kinds.map(({ kind, stretches }) => {
          const swatch = EVIDENCE_SWATCHES[kind.line];
          return (
            <li key={kind.id} className="evidence-kind">
              <Line
                color={COLORS.flown}
                dash={swatch.dash?.join(' ')}
                width={swatch.width}
                opacity={swatch.opacity}
              />{' '}
              {kind.legend}
              <details>
                <summary>
                  When, and the sources<span className="visually-hidden">: {kind.legend}</span>
                </summary>
                <ul className="stretches">
                  {stretches.map((s) => (
                    <li key={s.id}>
                      <strong>{stretchTimes(s)}</strong>: {s.received}. {s.drawnAlong}.{' '}
                      {s.sources.map((source, i) => (
                        <span key={`${s.id}-${source.label}`} className="stretch-source">
                          {i > 0 ? '; ' : 'Source: '}
                          <FactSourceLink source={source} />
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
        <li>
          <Line color={COLORS.place} width={8} /> {label.placeLine}
        </li>
      </ul>
      {kinds.length > 0 && evidence?.note ? (
        <p className="evidence-note screen-only">{evidence.note}</p>
      ) : null}
      {/* Printed, the stretches are listed in full: a closed <details> would print nothing. */}
      <EvidenceStretches evidence={kinds.length > 0 ? (evidence ?? null) : null} className="print-only" />
    </section>
  );
});
