import { describe, expect, it } from 'vitest';
import { frameProjection, type LocatorFile } from '../../../geo/locator-frame.ts';
import { translator } from '../../../src/i18n/catalog.ts';
import {
  type LngLatBox,
  locatorBox,
  locatorText,
  parseLocator,
  viewCover,
} from '../../../src/map/locator.ts';

// A drawing of the 20° square around (0, 0), 200 units wide: near the equator Mercator is almost
// square, so the numbers below can be checked by hand (1° of longitude = 10 units; latitude
// stretches a little: 5° N lies 50.06 units above the equator, 10° N 100.51, the drawing's top).
const FRAME = { frame: [-10, -10, 10, 10] as [number, number, number, number], width: 200, height: 201.03 };

describe('locatorBox: the box for a view, in the drawing’s units', () => {
  it.each<[string, LngLatBox, { x: number; y: number; width: number; height: number }]>([
    ['a view inside the frame', [0, 0, 5, 5], { x: 100, y: 50.4, width: 50, height: 50.1 }],
    ['a view in the north-west corner', [-10, 5, -5, 10], { x: 0, y: 0, width: 50, height: 50.4 }],
    ['a view over the east edge, clamped to it', [5, -2, 15, 2], { x: 150, y: 80.5, width: 50, height: 40 }],
    [
      'a view over the south edge, clamped to it',
      [-2, -20, 2, -5],
      { x: 80, y: 150.6, width: 40, height: 50.5 },
    ],
  ])('%s', (_, view, rect) => {
    const box = locatorBox(view, FRAME);
    expect(box).not.toBeNull();
    expect(box).toEqual(rect);
  });

  it('agrees with the projection the build draws with, corner for corner', () => {
    const at = frameProjection(FRAME.frame, FRAME.width);
    const box = locatorBox([-3, -4, 6, 2], FRAME);
    const [x0, y0] = at(-3, 2);
    const [x1, y1] = at(6, -4);
    expect(box?.x).toBeCloseTo(x0, 1);
    expect(box?.y).toBeCloseTo(y0, 1);
    expect(box?.width).toBeCloseTo(x1 - x0, 1);
    expect(box?.height).toBeCloseTo(y1 - y0, 1);
  });

  it('draws a city’s view as a small box around its centre, not as nothing', () => {
    const box = locatorBox([1, 1, 1.01, 1.01], FRAME);
    expect(box?.width).toBeCloseTo(6, 1);
    expect(box?.height).toBeCloseTo(6, 1);
    expect((box?.x ?? 0) + (box?.width ?? 0) / 2).toBeCloseTo(110, 0);
  });

  it.each<[string, LngLatBox]>([
    ['the world (zoom 0–2)', [-180, -85, 180, 85]],
    ['a view wider than the drawing', [-15, -1, 15, 1]],
    ['a view covering most of the drawing', [-8, -8, 8, 8]],
    ['a view wholly outside the drawing', [20, 20, 30, 30]],
    ['a view wrapped past the antimeridian, far away', [170, -5, 190, 5]],
  ])('hides the locator for %s', (_, view) => {
    expect(locatorBox(view, FRAME)).toBeNull();
  });
});

// A 4 × 2 grid of 1° cells over [0, 0, 4, 2]: north row W W N ~, south row W S S ~ (~ is water).
const FILE: LocatorFile = {
  svg: 'locator.svg',
  frame: [0, 0, 4, 2],
  width: 400,
  height: 200,
  countries: ['Westland', 'Northland', 'Southland'],
  cellDegrees: 1,
  countryGrid: [1, 2, 2, 1, 0, 1, 1, 1, 3, 2, 0, 1],
  seas: [{ name: 'Inner Sea', lng: 3.5, lat: 1 }],
};

describe('the locator’s words, from its data', () => {
  const locator = parseLocator(FILE);

  it('decodes the grid row by row', () => {
    expect([...locator.cells]).toEqual([1, 1, 2, 0, 1, 3, 3, 0]);
  });

  it.each<[string, LngLatBox, string]>([
    [
      'the whole frame: its sea, and the countries by land',
      [0, 0, 4, 2],
      'Locator: the view lies over the Inner Sea, between Westland, Southland and Northland',
    ],
    ['land only', [0, 0, 2, 2], 'Locator: the view lies across Westland and Southland'],
    ['one country', [0, 1, 2, 2], 'Locator: the view lies in Westland'],
    ['a city’s view on land', [0.4, 0.4, 0.41, 0.41], 'Locator: the view lies in Westland'],
    [
      'a small view on water with no sea’s name in it',
      [3.4, 1.6, 3.41, 1.61],
      'Locator: the view lies over water, between Northland and Southland',
    ],
    ['the sea and one country', [2.4, 0, 4, 1], 'Locator: the view lies over the Inner Sea, by Southland'],
  ])('%s', (_, view, text) => {
    expect(locatorText(view, locator, translator('en'))).toBe(text);
  });

  it('ranks the countries by their land in the view', () => {
    expect(viewCover([0, 0, 4, 2], locator)).toEqual({
      countries: ['Westland', 'Southland', 'Northland'],
      water: false,
    });
  });

  it.each<[string, unknown]>([
    ['not an object', null],
    ['a grid that does not fill its frame', { ...FILE, countryGrid: [1, 3] }],
    ['a grid naming a country it does not list', { ...FILE, countryGrid: [9, 8] }],
    ['no frame', { ...FILE, frame: [0, 0] }],
  ])('refuses %s', (_, raw) => {
    expect(() => parseLocator(raw)).toThrow(/locator\.json/);
  });
});
