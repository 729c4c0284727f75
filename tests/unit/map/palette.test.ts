import { describe, expect, it } from 'vitest';
import { COLORS, DARK_COLORS, type Palette, paletteOf } from '../../../src/map/palette.ts';
import { buildStyle } from '../../../src/map/style.ts';
import { LAYERS } from './story-layers.ts';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('the dark map palette', () => {
  const c: Palette = DARK_COLORS;

  it('has every role of the light one', () => {
    expect(Object.keys(c).sort()).toEqual(Object.keys(COLORS).sort());
  });

  it.each([
    ['country labels on land', c.countryLabel, c.land, 4.5],
    ['sea labels on water', c.waterLabel, c.water, 4.5],
    ['place labels on land', c.place, c.land, 4.5],
    ['place labels on water', c.place, c.water, 4.5],
    ['context labels on land', c.context, c.land, 4.5],
    ['GeoNames city labels on land', c.contextLabel, c.land, 4.5],
    ['airports on land', c.airport, c.land, 3],
    ['the flown route on water', c.flown, c.water, 3],
    ['the flown route on land', c.flown, c.land, 3],
    ['the planned route on land', c.planned, c.land, 3],
    ['drone rings on land', c.drone, c.land, 3],
    ['feature points on land', c.feature, c.land, 3],
    ['feature points on water', c.feature, c.water, 3],
    ['land against water', c.land, c.water, 1.2],
  ])('%s', (_what, fg, bg, min) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(min);
  });

  it('is what the style uses in the dark scheme, and the light palette in the light one', () => {
    const urls = {
      basemap: 'b',
      world: 'w',
      contextPlaces: 'c',
      detailTiles: 't/{z}/{x}/{y}.pbf',
      places: 'p',
      data: (f: string) => f,
      fontLatin: 'f',
    };
    const visible = { route: true, quays: true, videos: true };
    const paint = (scheme: 'light' | 'dark', id: string) =>
      buildStyle({ urls, layers: LAYERS, visible, detailTiles: null, scheme }).layers.find((l) => l.id === id)
        ?.paint as Record<string, unknown>;
    expect(paint('dark', 'water')['background-color']).toBe(DARK_COLORS.water);
    expect(paint('light', 'water')['background-color']).toBe(COLORS.water);
    expect(paint('dark', 'route-flown-exact')['line-color']).toBe(DARK_COLORS.flown);
    expect(paletteOf('dark')).toBe(DARK_COLORS);
  });
});
