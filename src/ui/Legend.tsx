import { memo, type ReactNode } from 'react';
import type { RouteProperties } from '../../geo/schema.ts';
import { COLORS } from '../map/style.ts';

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
  const flown = (precision: RouteProperties['precision']) =>
    segments.some((s) => s.kind === 'flown' && s.precision === precision);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        <li>
          <Dot fill={COLORS.place} stroke="#fff" /> A place in the story
        </li>
        <li>
          <Dot fill={COLORS.context} stroke="#fff" r={4} /> Context (crash site, other places)
        </li>
        <li>
          <Dot fill="none" stroke={COLORS.drone} r={9} /> Under Ukrainian drone attack, as the Kremlin said
        </li>
        <li>
          <Line color={COLORS.planned} dash="1 5" width={2} /> Planned: a direct line Baku → Grozny (the filed
          route is not public)
        </li>
        {flown('exact') ? (
          <li>
            <Line color={COLORS.flown} /> Path flown: from published positions
          </li>
        ) : null}
        {flown('approximate') ? (
          <li>
            <Line color={COLORS.flown} dash="6 4" /> Path flown: approximate reconstruction (no published
            track)
          </li>
        ) : null}
        <li>
          <Line color={COLORS.place} width={8} /> The Caspian Sea crossing
        </li>
      </ul>
    </section>
  );
});
