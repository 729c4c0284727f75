import distance from '@turf/distance';
import { describe, expect, it } from 'vitest';
import type { FlightTrack } from '../../../geo/schema.ts';
import { kmAt, prepareTrack, replayAt } from '../../../src/story/replay.ts';

// A straight track due east along the equator: 1° ≈ 111.2 km, easy to reason about.
const track: FlightTrack = {
  line: [
    [0, 0],
    [1, 0],
    [2, 0],
  ],
  lengthKm: 222.4,
  times: [
    { time: '2024-12-25T04:00:00Z', km: 0, approximate: false, label: 'start' },
    { time: '2024-12-25T04:10:00Z', km: 111.19, approximate: true, label: 'middle' },
    { time: '2024-12-25T05:00:00Z', km: 222.39, approximate: false, label: 'end' },
  ],
};
const r = prepareTrack(track);
const at = (hhmm: string) => Date.parse(`2024-12-25T${hhmm}:00Z`);

describe('replay along the flown path', () => {
  it('knows the replay window from the first and last known times', () => {
    expect(r.startMs).toBe(at('04:00'));
    expect(r.endMs).toBe(at('05:00'));
  });

  it('moves at constant speed between known times, faster where fixes are closer in time', () => {
    expect(kmAt(r, at('04:05'))).toBeCloseTo(55.6, 1);
    expect(kmAt(r, at('04:35'))).toBeCloseTo(166.8, 1);
  });

  it('stays at the ends outside the window', () => {
    expect(kmAt(r, at('03:00'))).toBe(0);
    expect(kmAt(r, at('06:00'))).toBeCloseTo(222.39, 2);
  });

  it('places the aircraft on the line at the distance flown, with the path behind it', () => {
    const { point, travelled } = replayAt(r, at('04:35'));
    expect(point[1]).toBeCloseTo(0, 6);
    expect(distance([0, 0], point)).toBeCloseTo(166.8, 0);
    expect(travelled).toEqual([[0, 0], [1, 0], point]);
  });

  it('draws no path behind the aircraft before take-off', () => {
    const { point, travelled } = replayAt(r, at('03:59'));
    expect(point).toEqual([0, 0]);
    expect(travelled).toEqual([[0, 0]]);
  });
});
