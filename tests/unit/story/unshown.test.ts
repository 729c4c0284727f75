import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/catalog.ts';
import { type Shown, whatCouldNotBeShown } from '../../../src/story/unshown.ts';

const ok = { ok: true as const, value: null };
const gone = (error: string) => ({ ok: false as const, error });
const base: Shown = {
  mapSourceErrors: [],
  storyLayers: [
    { id: 'route', part: 'the route of the day' },
    { id: 'drones', part: 'the flooded places' },
  ],
  trackName: 'the track',
};

describe('whatCouldNotBeShown', () => {
  it.each<[string, Partial<Shown>, string[]]>([
    ['nothing tried yet', {}, []],
    ['everything loaded', { places: ok, sources: ok, layers: { route: ok, drones: ok }, timeline: ok }, []],
    ['the places, with the reason', { places: gone('HTTP 404') }, ['Could not load the places (HTTP 404).']],
    [
      'a layer, in the story’s own name for it',
      { layers: { route: ok, drones: gone('not valid JSON') } },
      ['Could not load the flooded places (not valid JSON).'],
    ],
    [
      'a layer both the app and the map failed: said once, with the reason',
      { layers: { route: gone('HTTP 500'), drones: ok }, mapSourceErrors: ['route'] },
      ['Could not load the route of the day (HTTP 500).'],
    ],
    [
      'a layer only the map failed (the app has not asked yet)',
      { mapSourceErrors: ['route', 'basemap'] },
      ['Could not load the route of the day.', 'Could not load the basemap (land and borders).'],
    ],
    [
      'a source a layer adds is named by its layer, once',
      { mapSourceErrors: ['route-evidence', 'route'] },
      ['Could not load the route of the day.'],
    ],
    [
      'the story’s words, then the replay’s parts, in reading order',
      { metaProblem: 'missing', timeline: gone('HTTP 404'), trackError: 'HTTP 403' },
      [
        'Could not read the story’s title and labels (missing).',
        'Could not load the timeline (HTTP 404).',
        'Could not load the track for the replay (HTTP 403).',
      ],
    ],
  ])('%s', (_, shown, expected) => {
    expect(whatCouldNotBeShown({ ...base, ...shown }, translator('en'))).toEqual(expected);
  });
});

describe('whatCouldNotBeShown in Russian', () => {
  it('says the app’s parts in the reader’s language; the story’s names for its layers stay as the data gives them', () => {
    expect(
      whatCouldNotBeShown(
        { ...base, places: gone('HTTP 404'), mapSourceErrors: ['route', 'basemap'] },
        translator('ru'),
      ),
    ).toEqual([
      'Не удалось загрузить места (HTTP 404).',
      'Не удалось загрузить the route of the day.',
      'Не удалось загрузить базовую карту (сушу и границы).',
    ]);
  });
});
