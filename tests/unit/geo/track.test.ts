import turfLength from '@turf/length';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type StoryOutputs } from '../../../geo/build/generate.ts';
import { distanceKm } from '../../../geo/build/geometry.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import { formatError } from '../../../geo/build/story-error.ts';
import { verifyInputs, verifyOutputs } from '../../../geo/build/verify.ts';
import type { BasemapCollection, FlightTrack, TimelineFile, TrackTime } from '../../../geo/schema.ts';
import { corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

const NO_BASEMAP: BasemapCollection = { type: 'FeatureCollection', features: [] };
const BAKU_AIRPORT = [50.05093, 40.47278];
const GROZNY_AIRPORT = [45.699772, 43.388106];
const TURN_EAST = [45.75, 43.45];
const CRASH_SITE = [51.01, 43.8825];
const AKTAU_AIRPORT = [51.09086, 43.860093];

let out: StoryOutputs;
let track: FlightTrack;
let timeline: TimelineFile;
const at = (label: string): TrackTime => {
  const t = track.times.find((x) => x.label.startsWith(label));
  if (!t) throw new Error(`no time at ${label}`);
  return t;
};

beforeAll(() => {
  out = generate(readStory('geo').story, NO_BASEMAP);
  if (!out.track || !out.timeline) throw new Error('the story has a flight');
  track = out.track;
  timeline = out.timeline;
});
afterAll(removeCorruptedStories);

describe('flight track', () => {
  it('is one line from Baku airport to the crash site, each joint once', () => {
    expect(track.line[0]).toEqual(BAKU_AIRPORT);
    expect(track.line.at(-1)).toEqual(CRASH_SITE);
    track.line.forEach((p, i) => {
      if (i > 0) expect(p, `vertex ${i}`).not.toEqual(track.line[i - 1]);
    });
  });

  it('ends at the crash site without first going to Aktau airport and back', () => {
    // The plane came down on approach, ~7 km short of the airport point: the path must not pass it.
    const last = track.line.at(-1) ?? [0, 0];
    expect(last).toEqual(CRASH_SITE);
    const eastmost = Math.max(...track.line.map((p) => p[0] ?? 0));
    expect(eastmost).toBe(CRASH_SITE[0]);
    const nearestToAirport = Math.min(...track.line.map((p) => distanceKm(p, AKTAU_AIRPORT)));
    expect(nearestToAirport).toBeGreaterThan(5);
  });

  it('draws the planned route as reported, north along the coast, not as a direct line', () => {
    // The Week: the scheduled route ran north along the Caspian shore. A direct Baku → Grozny line
    // would cross the mountains of Dagestan; the drawn one reaches Makhachkala's latitude on the coast.
    const planned = out.route.features.find((f) => f.properties.kind === 'planned');
    expect(planned?.properties.precision).toBe('approximate');
    expect(planned?.properties.source.publisher).toBe('The Week (India)');
    expect(planned?.properties.note).toMatch(/^Scheduled route, as reported/);
    const coords = planned?.geometry.coordinates ?? [];
    const west = coords.findIndex((p) => (p[0] ?? 99) < 47.6);
    expect(coords[west]?.[1]).toBeGreaterThan(42.9);
  });

  it('is as long as the flown legs drawn on the map', () => {
    const legs = out.route.features
      .filter((f) => f.properties.kind === 'flown')
      .reduce((km, f) => km + turfLength(f, { units: 'kilometers' }), 0);
    expect(track.lengthKm).toBeCloseTo(legs, 1);
    // Not the brief's 1,000–1,400 km: the line is the published waypoints joined by great circles
    // (Baku → coast-in → Grozny ≈ 505 km, Grozny → Aktau ≈ 437 km); no loop is drawn near Grozny.
    // The real path (two approaches at each airport, the drift north after 05:37) was longer, but
    // was not published, so it is not drawn. A change outside this band is a route change to review.
    expect(track.lengthKm).toBeGreaterThan(920);
    expect(track.lengthKm).toBeLessThan(1050);
  });

  it('has known times strictly increasing, with km never going back', () => {
    expect(track.times.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < track.times.length; i++) {
      const [a, b] = [track.times[i - 1], track.times[i]];
      expect(Date.parse(b?.time ?? '') > Date.parse(a?.time ?? ''), b?.label).toBe(true);
      expect((b?.km ?? 0) >= (a?.km ?? 0), b?.label).toBe(true);
    }
  });

  it('starts at take-off at km 0 and maps the crash time to the end of the line', () => {
    expect(track.times[0]).toEqual({
      time: timeline.flight.start,
      km: 0,
      approximate: false,
      label: 'Departure, Baku airport (GYD)',
    });
    expect(track.times.at(-1)).toEqual({
      time: timeline.flight.end,
      km: track.lengthKm,
      approximate: true,
      label: 'Crash site',
    });
  });

  it.each([
    ['Departure', '2024-12-25T03:55:00Z', false],
    ['Last valid ADS-B', '2024-12-25T04:25:00Z', false],
    ['Two approaches to Grozny', '2024-12-25T04:50:00Z', true],
    ['Turn east', '2024-12-25T05:25:00Z', true],
    ['ADS-B signal picked up again', '2024-12-25T06:07:00Z', false],
    ['Crash site', '2024-12-25T06:28:00Z', true],
  ])('knows the time at %s: %s (approximate: %s)', (label, time, approximate) => {
    expect([at(label).time, at(label).approximate]).toEqual([time, approximate]);
    // Each known time is also a timeline event at that time.
    expect(timeline.events.map((e) => e.time)).toContain(time);
  });

  it('draws no loop near Grozny: the turn east is a straight link from the airport', () => {
    // No citable source describes the loop (Flightradar24's inferred path was read in a forum post).
    expect(at('Turn east').km - at('Two approaches to Grozny').km).toBeCloseTo(
      distanceKm(GROZNY_AIRPORT, TURN_EAST),
      1,
    );
  });
});

describe('a track whose times go backwards fails the build', () => {
  it('names the track point and the one before it', () => {
    // The timeline would catch a waypoint time that differs from its event, so unlink that event.
    const dir = corruptStory({
      'route.json': (s) => s.replace('"time": "2024-12-25T05:25:00Z"', '"time": "2024-12-25T04:40:00Z"'),
      'timeline.json': (s) => s.replace('"waypointId": "turn-east",', ''),
    });
    const { story, errors } = readStory(dir);
    expect([...errors, ...verifyInputs(story)]).toEqual([]);
    const trackErrors = verifyOutputs(story, generate(story, NO_BASEMAP))
      .filter((e) => e.file === 'track.json')
      .map(formatError);
    expect(trackErrors).toEqual([
      'track.json › Turn east, north of Grozny airport: time 2024-12-25T04:40:00Z is not after 2024-12-25T04:50:00Z (Two approaches to Grozny airport)',
    ]);
  });
});
