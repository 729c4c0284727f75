import type { AltitudeReading, EvidenceFile, EvidenceKind, EvidenceStretch } from '../../geo/schema.ts';
import type { Lang, Translate } from '../i18n/catalog.ts';
import { utcMinutes } from '../i18n/format.ts';

/** What is known of the position at one moment: the stretch that holds and its kind of evidence. */
export interface EvidenceNow {
  stretch: EvidenceStretch;
  kind: EvidenceKind | undefined;
}

/**
 * The stretch holding at `ms`: from its start up to (not including) its end, and the last one up to
 * and including the crash. Before take-off, none.
 */
export function evidenceAt(file: EvidenceFile, ms: number): EvidenceNow | undefined {
  const { stretches } = file;
  const i = stretches.findIndex((s) => Date.parse(s.from) <= ms && ms < Date.parse(s.to));
  const last = stretches.at(-1);
  const stretch = i === -1 ? (last && ms === Date.parse(last.to) ? last : undefined) : stretches[i];
  if (!stretch) return undefined;
  return { stretch, kind: file.kinds.find((k) => k.id === stretch.kind) };
}

/** "04:40–05:03 UTC" */
export function stretchTimes(lang: Lang, s: Pick<EvidenceStretch, 'from' | 'to'>): string {
  return utcMinutes(lang, Date.parse(s.from), Date.parse(s.to));
}

/**
 * The replay's words for the evidence at a moment, every piece from the data: the kind ("Position
 * not recorded") and the stretch's times, what the line is drawn along, and what was received.
 */
export function evidenceText(now: EvidenceNow, t: Translate): string {
  const { stretch, kind } = now;
  // What the line is drawn along comes before what was received: the bar shows two lines of it.
  return [
    t('evidence.now', { kind: kind?.replay ?? stretch.kind, times: stretchTimes(t.lang, stretch) }),
    stretch.drawnAlong,
    stretch.received,
  ].join(' · ');
}

/**
 * The reading that holds at `ms`: a source's time holds for its own precision, the minute it names
 * (a time given as HH:MM) or the second (HH:MM:SS). Readings without a time never hold at a moment.
 */
export function altitudeAt(file: EvidenceFile, ms: number): AltitudeReading | undefined {
  return file.altitude.readings.find((r) => {
    if (r.time === undefined) return false;
    const t = Date.parse(r.time);
    const span = r.time.endsWith(':00Z') ? 60_000 : 1000;
    return t <= ms && ms < t + span;
  });
}

/** The replay bar's altitude line: the reading and its source's publisher, or that there is none. */
export function altitudeText(file: EvidenceFile, ms: number, t: Translate): string | undefined {
  if (file.altitude.readings.length === 0) return undefined;
  const { label, none } = file.altitude;
  const r = altitudeAt(file, ms);
  if (!r) return t('altitude.line', { label, text: none });
  return t('altitude.lineBy', { label, text: r.text, by: r.source.publisher ?? r.source.label });
}
