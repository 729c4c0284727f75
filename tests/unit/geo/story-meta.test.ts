import { afterAll, describe, expect, it } from 'vitest';
import { buildErrors, corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

afterAll(removeCorruptedStories);

const edit = (from: string, to: string) => (text: string) => text.replace(from, to);

describe('story.json: the story’s own words are checked like its data', () => {
  it.each<[string, string, string, RegExp]>([
    [
      'a number in the standfirst that nothing backs',
      '38 of the 67 on board died.',
      '38 of the 67 on board died, 12 more were hurt.',
      /story\.json › standfirst: the number “12” is backed by no figure/,
    ],
    [
      'a figure whose quote is not verbatim in its article',
      '"38 people died out of 67 on board"',
      '"38 people died out of 68 on board"',
      /story\.json › figures #3 \(“38 of the 67”\): quote is not verbatim in article 000/,
    ],
    [
      'a figure whose evidence does not hold its number',
      '"text": "38 of the 67", "quote": { "sourceId": "000", "text": "38 people died out of 67 on board" }',
      '"text": "38 of the 67", "quote": { "sourceId": "000", "text": "38 people died" }',
      /figures #3 \(“38 of the 67”\): the number 67 is not in its evidence/,
    ],
    [
      'a figure backed by an event that does not exist',
      '"event": "take-off"',
      '"event": "takeoff"',
      /figures #1 \(“25 December 2024”\): unknown timeline event "takeoff"/,
    ],
    [
      'a time zone at a place the gazetteer does not have',
      '"placeId": "aktau"',
      '"placeId": "aqtau"',
      /timeZones #2: unknown place "aqtau"/,
    ],
    [
      'a figure sourced to a plain-http copy with no publisher',
      '"publisher": "Airways Magazine",\n        "date": "undated",\n        "url": "https://airwaysmag.com',
      '"url": "http://airwaysmag.com',
      /figures #0 \(“J2-8243”\): source policy: url "http:\/\/airwaysmag\.com\S*" must be https/,
    ],
    ['a time zone that does not exist', '"Asia/Baku"', '"Asia/Bakuu"', /unknown time zone "Asia\/Bakuu"/],
    [
      'a day that is not the flight’s',
      '"date": "2024-12-25"',
      '"date": "2024-12-24"',
      /story\.json › day: date 2024-12-24 is not the day of the flight/,
    ],
    [
      'a layer with no name on its toggle',
      '"toggle": "Drone attacks: the Kremlin\'s claim"',
      '"toggel": "Drone attacks: the Kremlin\'s claim"',
      /story\.json › layers #1 \(drones\): "toggle" must be a non-empty string/,
    ],
    [
      'a layer of a role the app cannot draw',
      '"role": "claimed-places"',
      '"role": "rings"',
      /story\.json › layers #1 \(drones\): "role" must be one of route, claimed-places, points/,
    ],
    [
      'a click its role cannot offer',
      '"click": "place"',
      '"click": "feature"',
      /story\.json › layers #1 \(drones\): "click" must be "place" or "nothing" for a claimed-places layer/,
    ],
    [
      'two layers with one id (one key in the permalink)',
      '"id": "drones"',
      '"id": "route"',
      /story\.json › layers #1 \(route\): id "route" is listed twice/,
    ],
    [
      'a layer drawn from a file the build does not write',
      '"data": "drone-attacks.geojson"',
      '"data": "drones.geojson"',
      /layers #1 \(drones\): "data" must be "drone-attacks.geojson"/,
    ],
    [
      'a legend entry its role does not draw',
      '"id": "flownExact"',
      '"id": "flown-exact"',
      /layers #0 \(route\): legend needs an entry "flownExact"/,
    ],
  ])('%s fails the build, by name', (_, from, to, expected) => {
    const dir = corruptStory({ 'story.json': edit(from, to) });
    expect(buildErrors(dir).join('\n')).toMatch(expected);
  });
});
