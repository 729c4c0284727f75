import type { ReactNode } from 'react';
import type { EvidenceFile } from '../../geo/schema.ts';
import { utcTime } from '../i18n/format.ts';
import { useT } from '../i18n/useT.ts';

const W = 240;
const H = 28;
const PAD = 3;

interface Props {
  evidence: EvidenceFile;
  startMs: number;
  endMs: number;
  /** The replay's time: a thin line marks it. */
  ms: number;
}

/**
 * Every altitude a source gives at a time, as a dot at that time and height, beside the replay.
 * Nothing joins the dots: between two readings no source says what the altitude was, so the gaps
 * stay gaps. Each dot's title names the reading and its source.
 */
export function AltitudeProfile({ evidence, startMs, endMs, ms }: Props): ReactNode {
  const t = useT();
  const timed = evidence.altitude.readings.filter(
    (r): r is typeof r & { time: string; feet: number } => r.time !== undefined && r.feet !== undefined,
  );
  if (timed.length === 0) return null;
  const top = Math.max(...timed.map((r) => r.feet));
  const x = (t: number) => PAD + ((W - 2 * PAD) * (t - startMs)) / Math.max(1, endMs - startMs);
  const y = (feet: number) => H - PAD - ((H - 2 * PAD) * feet) / Math.max(1, top);
  return (
    <figure className="altitude-profile">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={evidence.altitude.label}
      >
        <line className="baseline" x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} />
        {timed.map((r) => (
          // A short upright mark: the box stretches sideways only, so a mark keeps its shape.
          <line
            key={r.id}
            className="reading"
            x1={x(Date.parse(r.time))}
            x2={x(Date.parse(r.time))}
            y1={y(r.feet) - 2.5}
            y2={y(r.feet) + 2.5}
          >
            <title>
              {t('altitude.reading', {
                time: utcTime(t.lang, Date.parse(r.time)),
                text: r.text,
                by: r.source.publisher ?? r.source.label,
              })}
            </title>
          </line>
        ))}
        <line className="now" x1={x(ms)} x2={x(ms)} y1={0} y2={H} />
      </svg>
    </figure>
  );
}
