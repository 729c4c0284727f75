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
  /** How the figures are written: the story's language (English) when absent. */
  words?: ProseWords;
}

/** A language's way of writing a measured distance and a compass point. */
export interface ProseWords {
  km(km: number): string;
  compass(deg: number): string;
}

const PLACEHOLDER = /\{([A-Za-z]+):([^{}>]*)>([^{}]*)\}/g;
const STRAY_BRACE = /[{}]/;
/** A number followed by km (or км in a translation): a distance someone typed. */
const TYPED_KM = /\d\s*((km|kilomet(er|re)s?)\b|(км|километр)(?![а-яё]))/i;
/** Text in quotation marks is a report's own words, not our measurement. */
const QUOTED = /"[^"]*"|“[^”]*”|«[^»]*»|'[^']*'/g;

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

/**
 * The 16 points in Russian, in the dative, as they follow «к» ("~17 км к западо-юго-западу"): a
 * translation writes «к {bearing:FROM>TO}».
 */
const COMPASS_RU = [
  'северу',
  'северо-северо-востоку',
  'северо-востоку',
  'востоко-северо-востоку',
  'востоку',
  'востоко-юго-востоку',
  'юго-востоку',
  'юго-юго-востоку',
  'югу',
  'юго-юго-западу',
  'юго-западу',
  'западо-юго-западу',
  'западу',
  'западо-северо-западу',
  'северо-западу',
  'северо-северо-западу',
] as const;

/**
 * How each language writes the placeholders' figures. A language a translation is written in
 * needs an entry here (geo/README.md, "Translations"); its figures stay those Turf measured.
 */
export const PROSE_WORDS: Readonly<Record<string, ProseWords>> = {
  en: { km: formatKm, compass: compassPoint },
  ru: {
    km: (km) => `${Math.round(km)} км`,
    compass: (deg) => COMPASS_RU[COMPASS.indexOf(compassPoint(deg) as (typeof COMPASS)[number])] ?? 'северу',
  },
};

/** Replaces every placeholder in `text`; problems name the placeholder at fault. */
export function resolveProse(text: string, ctx: ProseContext): { text: string; problems: string[] } {
  const problems: string[] = [];
  const words = ctx.words ?? PROSE_WORDS.en ?? { km: formatKm, compass: compassPoint };
  const out = text.replace(PLACEHOLDER, (whole, kind: string, from: string, to: string) => {
    if (kind === 'routeKm') {
      const km = ctx.routeKm(from, to);
      if (typeof km === 'string') {
        problems.push(`${whole}: ${km}`);
        return whole;
      }
      return words.km(km);
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
    return kind === 'distance' ? words.km(distanceKm(a, b)) : words.compass(turfBearing(a, b));
  });
  if (problems.length === 0 && STRAY_BRACE.test(out)) {
    problems.push('a "{" or "}" that is not a {distance|bearing|routeKm:FROM>TO} placeholder');
  }
  if (TYPED_KM.test(text.replace(PLACEHOLDER, '').replace(QUOTED, ''))) {
    problems.push('a distance typed by hand: write {distance:FROM>TO} or {routeKm:FROM>TO} instead');
  }
  return { text: out, problems };
}
