import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  greatCircleLine,
  greatCirclePath,
  loopLine,
  round,
  roundLine,
} from '../../../geo/build/geometry.ts';

// OurAirports points, as in geo/route.json.
const GYD: Position = [50.05093, 40.47278];
const GRV: Position = [45.699772, 43.388106];
const SCO: Position = [51.09086, 43.860093];

describe('distances (research facts §1: GYD→GRV 484 km, GRV→SCO 437 km)', () => {
  it.each([
    ['GYD → GRV', GYD, GRV, 484],
    ['GRV → SCO', GRV, SCO, 437],
    ['GYD → SCO', GYD, SCO, 386],
  ])('%s ≈ %s km within 1 %%', (_name, a, b, km) => {
    expect(Math.abs(distanceKm(a, b) - Number(km)) / Number(km)).toBeLessThan(0.01);
  });
});

describe('greatCircleLine', () => {
  it('starts and ends exactly at the given points, with a vertex about every 10 km', () => {
    const line = greatCircleLine(GRV, SCO);
    expect(line[0]).toEqual(GRV);
    expect(line[line.length - 1]).toEqual(SCO);
    expect(line.length).toBeGreaterThan(40);
  });

  it('bends poleward of the straight Web Mercator line (it is a great circle)', () => {
    const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const line = greatCircleLine(GRV, SCO);
    const mid = line[Math.floor(line.length / 2)] ?? [0, 0];
    const t = ((mid[0] ?? 0) - (GRV[0] ?? 0)) / ((SCO[0] ?? 0) - (GRV[0] ?? 0));
    const straightY = mercY(GRV[1] ?? 0) + t * (mercY(SCO[1] ?? 0) - mercY(GRV[1] ?? 0));
    // ~3.5 km over 437 km at 43.6°N: d² tan(φ) / 8R.
    expect(mercY(mid[1] ?? 0) - straightY).toBeGreaterThan(0.0003);
  });

  it('keeps the length of the great circle', () => {
    const line = greatCircleLine(GYD, GRV);
    let km = 0;
    for (let i = 1; i < line.length; i++) km += distanceKm(line[i - 1] ?? GYD, line[i] ?? GYD);
    expect(km).toBeCloseTo(distanceKm(GYD, GRV), 0);
  });
});

describe('greatCirclePath', () => {
  it('does not repeat the joint between legs', () => {
    const path = greatCirclePath([GYD, GRV, SCO]);
    const joints = path.filter((p) => p[0] === GRV[0] && p[1] === GRV[1]);
    expect(joints).toHaveLength(1);
  });
});

describe('loopLine', () => {
  const north: Position = [45.75, 43.45];
  it('goes round once and a half, counter-clockwise, ending at the far side', () => {
    const loop = loopLine(GRV, north, 1.5, 'counter-clockwise');
    expect(loop[0]).toEqual(GRV);
    expect(loop[loop.length - 1]).toEqual(north);
    // Counter-clockwise from the south point of the circle heads east first.
    expect(loop[1]?.[0] ?? 0).toBeGreaterThan(GRV[0] ?? 0);
    const radius = distanceKm(GRV, north) / 2;
    const centre: Position = [((GRV[0] ?? 0) + (north[0] ?? 0)) / 2, ((GRV[1] ?? 0) + (north[1] ?? 0)) / 2];
    for (const p of loop.slice(1, -1)) expect(Math.abs(distanceKm(centre, p) - radius)).toBeLessThan(0.1);
  });
});

describe('round', () => {
  it.each([
    [43.8600934, 5, 43.86009],
    [-0.000001, 5, 0],
    [51.09086, 4, 51.0909],
  ])('round(%s, %s) = %s', (n, d, expected) => {
    expect(Object.is(round(n, d), expected)).toBe(true);
  });
});

describe('roundLine', () => {
  it.each([
    ['rounds each point', [[47.123456, 43.987654]], 2, [[47.12, 43.99]]],
    [
      'drops points that rounding made repeats',
      [
        [47.001, 43.001],
        [47.004, 43.002],
        [47.02, 43.0],
      ],
      2,
      [
        [47, 43],
        [47.02, 43],
      ],
    ],
    [
      'keeps a line that returns to an earlier point',
      [
        [0, 0],
        [1, 1],
        [0, 0],
      ],
      0,
      [
        [0, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  ] as [string, Position[], number, Position[]][])('%s', (_, line, decimals, expected) => {
    expect(roundLine(line, decimals)).toEqual(expected);
  });
});
