/**
 * Distances and bearings in hand-authored prose are computed, never typed (pure). Prose writes a
 * placeholder and the build replaces it with a figure measured with Turf from the story's own
 * coordinates:
 *
 *   {distance:FROM>TO}  great-circle distance, whole km          "17 km"
 *   {bearing:FROM>TO}   initial bearing, 16-point compass, words "south-west"
 *   {routeKm:FROM>TO}   length of the flown route between two of its waypoints, whole km
 *
 * FROM/TO are ids of gazetteer places (with a point), gazetteer reference points or route
 * waypoints. An unknown id, an unknown kind, or a figure in km typed outside quotation marks is a
 * named build error. Reported figures stay possible, in quotes: news reports say "about 3 km".
 */
import turfBearing from '@turf/bearing';
import type { Position } from 'geojson';
import { distanceKm } from './geometry.ts';

export interface ProseContext {
  /** [lng, lat] of an id, or undefined when no place, reference point or waypoint has it. */
  point(id: string): Position | undefined;
  /** Km along the flown route from one waypoint to a later one, or a message saying why not. */
  routeKm(from: string, to: string): number | string;
}

const PLACEHOLDER = /\{([A-Za-z]+):([^{}>]*)>([^{}]*)\}/g;
const STRAY_BRACE = /[{}]/;
/** A number followed by km: a distance someone typed. */
const TYPED_KM = /\d\s*(km|kilomet(er|re)s?)\b/i;
/** Text in quotation marks is a report's own words, not our measurement. */
const QUOTED = /"[^"]*"|“[^”]*”|'[^']*'/g;

const COMPASS = [
  'north',
  'north-north-east',
  'north-east',
  'east-north-east',
  'east',
  'east-south-east',
  'south-east',
  'south-south-east',
  'south',
  'south-south-west',
  'south-west',
  'west-south-west',
  'west',
  'west-north-west',
  'north-west',
  'north-north-west',
] as const;

/** A bearing in degrees (any range) as one of the 16 compass points, in words. */
export function compassPoint(deg: number): string {
  const i = Math.round((((deg % 360) + 360) % 360) / 22.5) % 16;
  return COMPASS[i] ?? 'north';
}

export function formatKm(km: number): string {
  return `${Math.round(km)} km`;
}

/** Replaces every placeholder in `text`; problems name the placeholder at fault. */
export function resolveProse(text: string, ctx: ProseContext): { text: string; problems: string[] } {
  const problems: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, kind: string, from: string, to: string) => {
    if (kind === 'routeKm') {
      const km = ctx.routeKm(from, to);
      if (typeof km === 'string') {
        problems.push(`${whole}: ${km}`);
        return whole;
      }
      return formatKm(km);
    }
    if (kind !== 'distance' && kind !== 'bearing') {
      problems.push(`${whole}: unknown measure "${kind}" (use distance, bearing or routeKm)`);
      return whole;
    }
    const a = ctx.point(from);
    const b = ctx.point(to);
    for (const [id, p] of [
      [from, a],
      [to, b],
    ] as const) {
      if (p === undefined)
        problems.push(`${whole}: unknown id "${id}" (not a place, reference point or waypoint)`);
    }
    if (a === undefined || b === undefined) return whole;
    return kind === 'distance' ? formatKm(distanceKm(a, b)) : compassPoint(turfBearing(a, b));
  });
  if (problems.length === 0 && STRAY_BRACE.test(out)) {
    problems.push('a "{" or "}" that is not a {distance|bearing|routeKm:FROM>TO} placeholder');
  }
  if (TYPED_KM.test(text.replace(PLACEHOLDER, '').replace(QUOTED, ''))) {
    problems.push('a distance typed by hand: write {distance:FROM>TO} or {routeKm:FROM>TO} instead');
  }
  return { text: out, problems };
}
