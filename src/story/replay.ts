import along from '@turf/along';
import distance from '@turf/distance';
import type { Feature, LineString } from 'geojson';
import type { EvidencePosition, FlightTrack } from '../../geo/schema.ts';

/** One frame of the replay: the aircraft's position and the path behind it. */
export interface ReplayFrame {
  point: [number, number];
  travelled: [number, number][];
  /** Whether the position at this moment was received, received but false, or not recorded. */
  position?: EvidencePosition | undefined;
}

/** A flight track made ready for replay: the line as a feature and the km at each vertex. */
export interface ReplayTrack {
  line: Feature<LineString>;
  /** Cumulative kilometres at each vertex of the line. */
  vertexKm: number[];
  /** Known times (ms since epoch) and their km along the line, strictly increasing in time. */
  stops: { ms: number; km: number }[];
  startMs: number;
  endMs: number;
}

export function prepareTrack(track: FlightTrack): ReplayTrack {
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: track.line },
  };
  const vertexKm = [0];
  for (let i = 1; i < track.line.length; i++) {
    const a = track.line[i - 1];
    const b = track.line[i];
    vertexKm.push((vertexKm[i - 1] ?? 0) + (a && b ? distance(a, b) : 0));
  }
  const stops = track.times.map((t) => ({ ms: Date.parse(t.time), km: t.km })).sort((a, b) => a.ms - b.ms);
  return {
    line,
    vertexKm,
    stops,
    startMs: stops[0]?.ms ?? 0,
    endMs: stops[stops.length - 1]?.ms ?? 0,
  };
}

/**
 * How far along the path the aircraft was at `ms`: linear in time between two known times
 * (constant ground speed between fixes — an approximation the replay says it is).
 */
export function kmAt(track: ReplayTrack, ms: number): number {
  const { stops } = track;
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return 0;
  if (ms <= first.ms) return first.km;
  if (ms >= last.ms) return last.km;
  for (let i = 1; i < stops.length; i++) {
    const b = stops[i];
    const a = stops[i - 1];
    if (a && b && ms <= b.ms) return a.km + ((b.km - a.km) * (ms - a.ms)) / Math.max(1, b.ms - a.ms);
  }
  return last.km;
}

/** The aircraft's position and the path behind it, at `ms`. */
export function replayAt(track: ReplayTrack, ms: number): ReplayFrame {
  const km = kmAt(track, ms);
  const c = along(track.line, km).geometry.coordinates;
  const point: [number, number] = [c[0] ?? 0, c[1] ?? 0];
  const coords = track.line.geometry.coordinates;
  const travelled: [number, number][] = [];
  for (let i = 0; i < coords.length && (track.vertexKm[i] ?? Infinity) < km; i++) {
    const v = coords[i];
    if (v) travelled.push([v[0] ?? 0, v[1] ?? 0]);
  }
  travelled.push(point);
  return { point, travelled };
}
