/**
 * The flown path as one line, with the known times along it, for the replay (pure).
 * Built from the flown route features as emitted, so the replayed line is the line drawn.
 */
import { lineString } from '@turf/helpers';
import turfLength from '@turf/length';
import type { Position } from 'geojson';
import type { FlightTrack, RouteCollection, TrackTime } from '../schema.ts';
import { round, roundPosition } from './geometry.ts';
import type { SegmentSpec, Waypoint } from './read-story.ts';

export interface BuiltTrack {
  track: FlightTrack;
  /** Waypoints inside a flown segment that were not found among its vertices (should be none). */
  unplaced: string[];
}

const same = (a: Position | undefined, b: Position | undefined): boolean =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];

/** 'YYYY-MM-DDTHH:MMZ' → 'YYYY-MM-DDTHH:MM:SSZ', the form the timeline uses. */
export function withSeconds(time: string): string {
  return /T\d{2}:\d{2}Z$/.test(time) ? time.replace(/Z$/, ':00Z') : time;
}

function lengthKm(line: readonly Position[]): number {
  return line.length < 2 ? 0 : turfLength(lineString(line.map((p) => [...p])), { units: 'kilometers' });
}

/**
 * Joins the flown legs (joints once) and places each timed waypoint at its vertex: legs start and
 * end exactly at waypoints, so the km to a waypoint is the length of the line up to that vertex.
 * Ends of a segment are placed by index, not by searching for the coordinate, because the drawn
 * loop near Grozny passes both its end points more than once.
 */
export function buildFlightTrack(
  route: RouteCollection,
  segments: readonly SegmentSpec[],
  byId: ReadonlyMap<string, Waypoint>,
  decimals = 2,
): BuiltTrack {
  const line: Position[] = [];
  const visits: { id: string; index: number }[] = [];
  const unplaced: string[] = [];
  const visit = (id: string, index: number) => {
    if (visits.at(-1)?.id !== id) visits.push({ id, index });
  };
  for (const segment of segments) {
    const coords = route.features.find((f) => f.properties.id === segment.id)?.geometry.coordinates;
    if (segment.kind !== 'flown' || !coords || coords.length === 0) continue;
    const joined = same(line.at(-1), coords[0]);
    const first = joined ? line.length - 1 : line.length;
    line.push(...(joined ? coords.slice(1) : coords));
    const last = line.length - 1;
    let from = first;
    segment.waypoints.forEach((id, k) => {
      if (k === 0) visit(id, first);
      else if (k === segment.waypoints.length - 1) visit(id, last);
      else {
        // A waypoint inside a great-circle segment is one of its vertices, met in order.
        const w = byId.get(id);
        const at = w ? roundPosition([w.lng, w.lat]) : undefined;
        const i = line.findIndex((p, j) => j >= from && j <= last && same(p, at));
        if (i === -1) unplaced.push(id);
        else {
          from = i;
          visit(id, i);
        }
      }
    });
  }
  const times: TrackTime[] = [];
  for (const { id, index } of visits) {
    const w = byId.get(id);
    if (w?.time === undefined) continue;
    times.push({
      time: withSeconds(w.time),
      km: round(lengthKm(line.slice(0, index + 1)), decimals),
      approximate: w.timeApproximate ?? false,
      label: w.label,
    });
  }
  return {
    track: {
      line: line.map((p): [number, number] => [p[0] ?? Number.NaN, p[1] ?? Number.NaN]),
      lengthKm: round(lengthKm(line), decimals),
      times,
    },
    unplaced,
  };
}
