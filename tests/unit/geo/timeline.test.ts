import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type StoryOutputs } from '../../../geo/build/generate.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import type { BasemapCollection, TimelineEvent, TimelineFile } from '../../../geo/schema.ts';
import { buildErrors, corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

const NO_BASEMAP: BasemapCollection = { type: 'FeatureCollection', features: [] };
const gazetteerIds = (
  JSON.parse(readFileSync('geo/gazetteer.json', 'utf8')) as { places: { id: string }[] }
).places.map((p) => p.id);

let out: StoryOutputs;
let timeline: TimelineFile;
const event = (id: string): TimelineEvent => {
  const e = timeline.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

beforeAll(() => {
  out = generate(readStory('geo').story, NO_BASEMAP);
  if (!out.timeline) throw new Error('the story has a timeline');
  timeline = out.timeline;
});
afterAll(removeCorruptedStories);

describe('timeline', () => {
  it('lists events in time order, with UTC times to the second', () => {
    const times = timeline.events.map((e) => e.time);
    for (const t of times) expect(t).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect([...times].sort()).toEqual(times);
  });

  it('replays from take-off to the crash', () => {
    expect(timeline.flight).toEqual({ start: '2024-12-25T03:55:00Z', end: '2024-12-25T06:28:00Z' });
    const flight = timeline.events.filter((e) => e.phase === 'flight');
    expect(flight[0]?.id).toBe('take-off');
    expect(flight.at(-1)?.id).toBe('crash');
    for (const e of timeline.events.filter((x) => x.phase === 'after')) {
      expect(e.time > timeline.flight.end, e.id).toBe(true);
    }
  });

  // Facts §2: "~" marks an estimate; the two bangs, the diversion and ADS-B times are to the minute or second.
  it.each([
    ['take-off', '2024-12-25T03:55:00Z', false, 'baku'],
    ['gps-lost', '2024-12-25T04:26:00Z', true, undefined],
    ['grozny-approach-1', '2024-12-25T04:50:00Z', true, 'grozny'],
    ['grozny-approach-2', '2024-12-25T05:10:00Z', true, 'grozny'],
    ['first-bang', '2024-12-25T05:13:31Z', false, 'grozny'],
    ['second-bang', '2024-12-25T05:13:56Z', false, 'grozny'],
    ['loop-turn-east', '2024-12-25T05:25:00Z', true, 'grozny'],
    ['diversion-aktau', '2024-12-25T05:42:40Z', false, undefined],
    ['caspian-crossing', '2024-12-25T05:45:00Z', true, 'caspian-crossing'],
    ['adsb-regained', '2024-12-25T06:07:00Z', false, undefined],
    ['aktau-approaches', '2024-12-25T06:15:00Z', true, 'aktau'],
    // Sources give 06:27, 06:28 and ~06:30: the crash time is approximate.
    ['crash', '2024-12-25T06:28:00Z', true, 'crash-site'],
  ])('has the flight event %s at %s (approximate: %s)', (id, time, approximate, placeId) => {
    const e = event(id);
    expect([e.phase, e.time, e.approximate, e.placeId]).toEqual(['flight', time, approximate, placeId]);
    expect(e.sources.length).toBeGreaterThan(0);
  });

  it('notes where the sources disagree on a time', () => {
    expect(event('gps-lost').timeNote).toMatch(/04:26.*04:37/);
    expect(event('crash').timeNote).toMatch(/06:27.*11:28 Aktau.*06:28.*06:30/);
  });

  it.each([
    ['pantsir-reports', '2024-12-26'],
    ['putin-apology', '2024-12-28'],
    ['kazakh-preliminary-report', '2025-02-04'],
    ['putin-admission', '2025-10-09'],
    ['kazakh-interim-report', '2025-12-25'],
  ])('has the later event %s on %s, marked as date only', (id, date) => {
    const e = event(id);
    expect([e.phase, e.time.slice(0, 10), e.approximate]).toEqual(['after', date, true]);
    expect(e.timeNote).toMatch(/^Date only/);
  });

  it('refers only to gazetteer places, and keeps build-only fields out of the output', () => {
    for (const e of timeline.events) {
      if (e.placeId !== undefined) expect(gazetteerIds).toContain(e.placeId);
      expect(Object.keys(e)).not.toContain('waypointId');
    }
  });
});

describe('a broken timeline.json fails the build by name', () => {
  const swap = (a: string, b: string) => (s: string) => s.replace(a, b);
  it.each([
    [
      'an impossible time',
      swap('"time": "2024-12-25T05:13:56Z"', '"time": "2024-12-25T25:13:56Z"'),
      [
        'timeline.json › second-bang: time "2024-12-25T25:13:56Z" is not a UTC instant (YYYY-MM-DDTHH:MM:SSZ)',
      ],
    ],
    [
      'an event out of order',
      swap('"time": "2024-12-25T05:13:56Z"', '"time": "2024-12-25T05:13:00Z"'),
      ['timeline.json › second-bang: comes after "first-bang" in the file but earlier in time'],
    ],
    [
      'a mistyped year',
      swap('"time": "2025-10-09T12:00:00Z"', '"time": "2052-10-09T12:00:00Z"'),
      [
        "timeline.json › putin-admission: an 'after' event must come after the crash (2024-12-25T06:28:00Z) and within three years",
        'timeline.json › kazakh-interim-report: comes after "putin-admission" in the file but earlier in time',
      ],
    ],
    [
      'a flight event after the crash',
      swap(
        '"time": "2024-12-25T06:28:00Z",\n      "approximate": true',
        '"time": "2024-12-25T06:29:00Z",\n      "approximate": true',
      ),
      [
        "timeline.json › crash: a 'flight' event must lie within the flight, 2024-12-25T03:55:00Z – 2024-12-25T06:28:00Z",
        "timeline.json › crash: time 2024-12-25T06:29:00Z differs from waypoint crash-site's 2024-12-25T06:28:00Z in geo/route.json",
        'timeline.json › flight: start and end must be the first and last flight events (2024-12-25T03:55:00Z, 2024-12-25T06:29:00Z)',
      ],
    ],
    [
      'an unknown place',
      swap('"placeId": "caspian-crossing"', '"placeId": "caspian-sea"'),
      ['timeline.json › caspian-crossing: unknown place id "caspian-sea"'],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(buildErrors(corruptStory({ 'timeline.json': edit }))).toEqual(expected);
  });

  it('an approximate waypoint time marked exact in the timeline', () => {
    const dir = corruptStory({
      'route.json': (s) =>
        s.replace('"timeApproximate": true,\n      "timeNote": "~05:25', '"timeNote": "~05:25'),
    });
    expect(buildErrors(dir)).toEqual([
      'timeline.json › loop-turn-east: "approximate" differs from waypoint turn-east\'s "timeApproximate" in geo/route.json',
    ]);
  });
});
