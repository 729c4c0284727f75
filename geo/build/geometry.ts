/**
 * Great circles, loops and distances on the sphere (pure). Lines are great circles, not straight
 * lines in Web Mercator, so a 480 km leg bends the way the aircraft would actually fly it.
 */
import turfDistance from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import type { Position } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
const toRad = (d: number): number => (d * Math.PI) / 180;
const toDeg = (r: number): number => (r * 180) / Math.PI;

/** Fixed rounding so output is byte-stable: 5 decimals ≈ 1 m. */
export function round(n: number, decimals = 5): number {
  const f = 10 ** decimals;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** A line with its coordinates rounded to `decimals`, and the points that rounding made repeats dropped. */
export function roundLine(coords: readonly Position[], decimals: number): Position[] {
  const out: Position[] = [];
  for (const c of coords) {
    const p: Position = [round(c[0] ?? 0, decimals), round(c[1] ?? 0, decimals)];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

export function roundPosition(p: Position, decimals = 5): Position {
  return [round(p[0] ?? Number.NaN, decimals), round(p[1] ?? Number.NaN, decimals)];
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Position, b: Position): number {
  return turfDistance(a, b, { units: 'kilometers' });
}

/** Initial bearing from a to b, degrees clockwise from north. */
export function bearing(a: Position, b: Position): number {
  const [lng1, lat1] = [toRad(a[0] ?? 0), toRad(a[1] ?? 0)];
  const [lng2, lat2] = [toRad(b[0] ?? 0), toRad(b[1] ?? 0)];
  const y = Math.sin(lng2 - lng1) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lng2 - lng1);
  return toDeg(Math.atan2(y, x));
}

/** The point `km` away from `origin` along the initial bearing `deg`. */
export function destination(origin: Position, deg: number, km: number): Position {
  const lat1 = toRad(origin[1] ?? 0);
  const lng1 = toRad(origin[0] ?? 0);
  const d = km / EARTH_RADIUS_KM;
  const b = toRad(deg);
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return [toDeg(lng2), toDeg(lat2)];
}

/** Great circle from a to b with a vertex about every `stepKm`. Both ends are returned exactly. */
export function greatCircleLine(a: Position, b: Position, stepKm = 10): Position[] {
  const km = distanceKm(a, b);
  const npoints = Math.max(2, Math.ceil(km / stepKm) + 1);
  if (npoints === 2) return [a, b];
  const line = greatCircle(a, b, { npoints });
  if (line.geometry.type !== 'LineString') {
    throw new Error(`great circle ${JSON.stringify(a)} → ${JSON.stringify(b)} crosses the antimeridian`);
  }
  const coords = line.geometry.coordinates.slice(1, -1);
  return [a, ...coords, b];
}

/** Great circles through every point in turn, without repeating the joints. */
export function greatCirclePath(points: readonly Position[], stepKm = 10): Position[] {
  const out: Position[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (!a || !b) continue;
    const leg = greatCircleLine(a, b, stepKm);
    out.push(...(out.length > 0 ? leg.slice(1) : leg));
  }
  return out;
}

/**
 * A drawn loop from `from` to `to`: a circle whose diameter is from–to, flown `turns` times
 * (1.5 = once round, then on to the far side). For shapes described in words, not tracked.
 */
export function loopLine(
  from: Position,
  to: Position,
  turns: number,
  direction: 'clockwise' | 'counter-clockwise',
  stepDeg = 10,
): Position[] {
  const radiusKm = distanceKm(from, to) / 2;
  const centre = destination(from, bearing(from, to), radiusKm);
  const startDeg = bearing(centre, from);
  const sign = direction === 'clockwise' ? 1 : -1;
  const steps = Math.max(2, Math.round((turns * 360) / stepDeg));
  const coords: Position[] = [from];
  for (let i = 1; i < steps; i++) {
    coords.push(destination(centre, startDeg + sign * ((i * turns * 360) / steps), radiusKm));
  }
  coords.push(to);
  return coords;
}
