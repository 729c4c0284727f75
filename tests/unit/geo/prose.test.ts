import { afterAll, describe, expect, it } from 'vitest';
import { compassPoint, type ProseContext, resolveProse } from '../../../geo/build/prose.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import { resolveStoryProse } from '../../../geo/build/story-prose.ts';
import { buildErrors, corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

afterAll(removeCorruptedStories);

// Two points 1° of longitude apart on the equator: 111.2 km due east.
const CTX: ProseContext = {
  point: (id) => ({ a: [0, 0], b: [1, 0], c: [0, -0.5] })[id],
  routeKm: (from, to) => (from === 'a' && to === 'b' ? 123.4 : `no route from "${from}" to "${to}"`),
};

describe('resolveProse', () => {
  it.each([
    ['{distance:a>b}', '111 km'],
    ['{bearing:a>b}', 'east'],
    ['{bearing:b>a}', 'west'],
    ['{bearing:a>c}', 'south'],
    ['~{distance:a>c} {bearing:a>c}', '~56 km south'],
    ['{routeKm:a>b} along the route', '123 km along the route'],
    ['news reports say "about 3 km"', 'news reports say "about 3 km"'],
    ['no figures at all', 'no figures at all'],
  ])('%s → %s', (text, expected) => {
    expect(resolveProse(text, CTX)).toEqual({ text: expected, problems: [] });
  });

  it.each([
    [
      '{distance:a>nowhere}',
      '{distance:a>nowhere}: unknown id "nowhere" (not a place, reference point or waypoint)',
    ],
    ['{height:a>b}', '{height:a>b}: unknown measure "height" (use distance, bearing or routeKm)'],
    ['{routeKm:b>a}', '{routeKm:b>a}: no route from "b" to "a"'],
    [
      'about 440 km across',
      'a distance typed by hand: write {distance:FROM>TO} or {routeKm:FROM>TO} instead',
    ],
    ['{distance:a>b', 'a "{" or "}" that is not a {distance|bearing|routeKm:FROM>TO} placeholder'],
  ])('names the fault in %s', (text, problem) => {
    expect(resolveProse(text, CTX).problems).toEqual([problem]);
  });

  it.each([
    [0, 'north'],
    [22.5, 'north-north-east'],
    [239, 'west-south-west'],
    [-121, 'west-south-west'],
    [291, 'west-north-west'],
    [316, 'north-west'],
    [359, 'north'],
  ])('compass point of %s° is %s', (deg, name) => {
    expect(compassPoint(deg)).toBe(name);
  });
});

describe('the story’s distances and bearings, computed from its coordinates', () => {
  const { story } = resolveStoryProse(readStory('geo').story);
  const place = (id: string) => story.places.find((p) => p.id === id);

  it.each([
    // The audit's figures (issue 10, item 5), now measured with Turf from the gazetteer.
    ['baku', 'precisionNote', '~17 km west-south-west'],
    ['mozdok', 'summary', '~93 km west-north-west of Grozny airport (its air base ~99 km)'],
    ['mozdok', 'precisionNote', '~6 km north-west'],
    ['crash-site', 'precisionNote', '~7 km west-north-west of the airport point'],
    ['caspian-crossing', 'summary', '~284 km on our drawn route'],
    ['caspian-crossing', 'summary', 'Grozny to Aktau airport is ~437 km'],
  ] as const)('%s %s says "%s"', (id, field, words) => {
    expect(place(id)?.[field]).toContain(words);
  });

  it('leaves no placeholder in any prose', () => {
    expect(JSON.stringify(story.places)).not.toMatch(/\{(distance|bearing|routeKm):/);
    expect(JSON.stringify(story.timeline)).not.toMatch(/\{(distance|bearing|routeKm):/);
  });

  it('fails the build on an unknown id, naming the file and the place', () => {
    const dir = corruptStory({
      'gazetteer.json': (t) => t.replace('{distance:grozny>mozdok}', '{distance:grozny>mosdok}'),
    });
    expect(buildErrors(dir)).toEqual([
      'gazetteer.json › mozdok: {distance:grozny>mosdok}: unknown id "mosdok" (not a place, reference point or waypoint)',
    ]);
  });

  it('fails the build on a distance typed by hand', () => {
    const dir = corruptStory({
      'timeline.json': (t) => t.replace('~{routeKm:coast-out>crash-site}', 'about 440 km'),
    });
    expect(buildErrors(dir)).toEqual([
      'timeline.json › caspian-crossing: a distance typed by hand: write {distance:FROM>TO} or {routeKm:FROM>TO} instead',
    ]);
  });
});
