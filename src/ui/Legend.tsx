import { memo, type ReactNode } from 'react';
import type { RouteProperties } from '../../geo/schema.ts';
import { COLORS } from '../map/style.ts';
import { useStoryMeta } from './story-meta.ts';

function Line({ color, dash, width = 3 }: { color: string; dash?: string; width?: number }): ReactNode {
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
}

/** Explains every symbol on the map, in the same colours the style uses. */
export const Legend = memo(function Legend({ segments }: Props): ReactNode {
  const label = useStoryMeta().legend;
  const flown = (precision: RouteProperties['precision']) =>
    segments.some((s) => s.kind === 'flown' && s.precision === precision);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        <li>
          <Dot fill={COLORS.place} stroke="#fff" /> {label.place}
        </li>
        <li>
          <Dot fill={COLORS.context} stroke="#fff" r={4} /> {label.context}
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
        <li>
          <Line color={COLORS.place} width={8} /> {label.placeLine}
        </li>
      </ul>
    </section>
  );
});
