import { memo, type ReactNode } from 'react';
import { Rich } from '../i18n/Rich.tsx';
import { useT } from '../i18n/useT.ts';
import { type LegendData, legendEntries, type Swatch } from '../map/layer-registry.ts';
import { paletteOf, useColorScheme } from '../map/palette.ts';
import { stretchTimes } from '../story/evidence.ts';
import { EvidenceStretches } from './EvidenceStretches.tsx';
import { FactSourceList } from './FactSourceLink.tsx';
import { useStoryMeta } from './useStoryMeta.ts';

/** A legend entry's swatch, drawn in SVG as the map draws it (the layer registry's swatch). */
function SwatchIcon({ swatch: s, halo }: { swatch: Swatch; halo: string }): ReactNode {
  if (s.kind === 'line')
    return (
      <svg width="36" height="12" aria-hidden="true" focusable="false">
        <line
          x1="2"
          y1="6"
          x2="34"
          y2="6"
          stroke={s.color}
          strokeWidth={s.width ?? 3}
          strokeDasharray={s.dash?.join(' ')}
          strokeOpacity={s.opacity ?? 1}
          strokeLinecap="round"
        />
      </svg>
    );
  return (
    <svg width="36" height="24" aria-hidden="true" focusable="false">
      <circle
        cx="18"
        cy="12"
        r={s.r ?? 5}
        fill={s.kind === 'ring' ? 'none' : s.color}
        stroke={s.kind === 'ring' ? s.color : halo}
        strokeWidth="2"
      />
    </svg>
  );
}

interface Props {
  /** The layers' loaded data (which kinds of line the map draws) and the path's evidence. */
  data: LegendData;
}

/** Explains every symbol on the map, in the same colours and swatches the style uses. */
export const Legend = memo(function Legend({ data }: Props): ReactNode {
  const t = useT();
  const colors = paletteOf(useColorScheme());
  const meta = useStoryMeta();
  const entries = legendEntries(meta, colors, data);
  const evidence = data.evidence;
  const withStretches = entries.some((e) => e.evidence);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.heading')}</h2>
      <ul>
        {entries.map((entry) =>
          entry.evidence ? (
            <li key={entry.key} className="evidence-kind">
              <SwatchIcon swatch={entry.swatch} halo={colors.halo} /> {entry.label}
              <details>
                <summary>
                  <Rich
                    parts={t.parts('legend.whenSources', {
                      which: (
                        <span className="visually-hidden">
                          {t('legend.whenSourcesOf', { kind: entry.label })}
                        </span>
                      ),
                    })}
                  />
                </summary>
                <ul className="stretches">
                  {entry.evidence.stretches.map((s) => (
                    <li key={s.id}>
                      <Rich
                        parts={t.parts('legend.stretch', {
                          times: <strong>{stretchTimes(t.lang, s)}</strong>,
                          received: s.received,
                          drawnAlong: s.drawnAlong,
                          sources: <FactSourceList sources={s.sources} />,
                        })}
                      />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ) : (
            <li key={entry.key}>
              <SwatchIcon swatch={entry.swatch} halo={colors.halo} /> {entry.label}
            </li>
          ),
        )}
      </ul>
      {withStretches && evidence?.note ? <p className="evidence-note screen-only">{evidence.note}</p> : null}
      {/* Printed, the stretches are listed in full: a closed <details> would print nothing. */}
      <EvidenceStretches evidence={withStretches ? (evidence ?? null) : null} className="print-only" />
    </section>
  );
});
