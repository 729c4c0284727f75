import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../geo/schema.ts';
import { edgeLabels } from '../../../geo/story-bounds.ts';
import { FIT_PADDING, fitPadding } from '../../../src/map/view-state.ts';

const place = (name: string, lng: number, main = true): PlaceFeature => ({
  type: 'Feature',
  properties: { id: name, name, main } as PlaceFeature['properties'],
  geometry: { type: 'Point', coordinates: [lng, 43] },
});
/** 8 px a letter: a stand-in for the page's font. */
const width = (text: string) => text.length * 8;

describe('the names at the story’s ends', () => {
  it('are the longest main place’s name near each end, so a long name nearly at the edge counts too', () => {
    const features = [
      place('Mozdok', 44.6),
      place('Vladikavkaz', 44.68),
      place('Grozny', 45.7),
      place('Crash site', 50.86, false),
      place('Aktau', 51.09),
    ];
    expect(edgeLabels(features)).toEqual({ west: 'Vladikavkaz', east: 'Aktau' });
  });

  it('are none for a story without points', () => {
    expect(edgeLabels([])).toBeNull();
  });
});

describe('the padding of the fit to the story', () => {
  it('is the same all round on a wide map, whatever the names', () => {
    expect(fitPadding(1000, { west: 'Владикавказ', east: 'Актау' }, width)).toBe(FIT_PADDING);
  });

  it('gives a phone’s sides room for the names at each end, and no less than before', () => {
    const short = fitPadding(360, { west: 'Baku', east: 'Aktau' }, width);
    expect(short).toEqual({ top: FIT_PADDING, bottom: FIT_PADDING, left: 96, right: 96 });
    const long = fitPadding(360, { west: 'Владикавказ', east: 'Aktau' }, width);
    // 11 letters × 8 px, and the label's gap from its point (0.9 em of 14 px, and 4 px).
    expect(long).toMatchObject({ left: 105, right: 96 });
    // A side takes at most 35% of the map: the rest is the story's.
    const huge = fitPadding(360, { west: 'a very long name indeed, longer than any', east: '' }, width);
    expect(huge).toMatchObject({ left: 126, right: 96 });
  });
});
