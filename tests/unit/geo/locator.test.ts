import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { CountriesTopology } from '../../../geo/build/basemap.ts';
import { buildLocator, locatorFrame, runLengths } from '../../../geo/build/locator.ts';
import { frameProjection } from '../../../geo/locator-frame.ts';
import { parseLocator, viewCover } from '../../../src/map/locator.ts';

const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as CountriesTopology;
const REGION: [number, number, number, number] = [36, 36, 56, 48];
const SEAS = [
  { name: 'Caspian Sea', kind: 'sea' as const, lng: 50.7, lat: 42 },
  { name: 'Far Ocean', kind: 'sea' as const, lng: -150, lat: 0 },
  { name: 'Russia', kind: 'country' as const, lng: 44, lat: 46 },
];

describe('the locator drawn at build time (locator.svg, locator.json)', () => {
  const { svg, file } = buildLocator(topology, REGION, SEAS);
  const locator = parseLocator(JSON.parse(JSON.stringify(file)));

  it('frames the region with room around it, in the map’s projection', () => {
    const [w, s, e, n] = locatorFrame(REGION);
    expect(w).toBeLessThan(REGION[0] - 10);
    expect(e).toBeGreaterThan(REGION[2] + 10);
    expect(s).toBeLessThan(REGION[1] - 5);
    expect(n).toBeGreaterThan(REGION[3] + 5);
    // Mercator: the region's box drawn with the app's projection keeps the map's proportions.
    const at = frameProjection(file.frame, file.width);
    const [x0, y0] = at(REGION[0], REGION[3]);
    const [x1, y1] = at(REGION[2], REGION[1]);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(20 / 16.1, 1);
    expect(svg).toContain(`viewBox="0 0 ${file.width} ${file.height}"`);
  });

  it('is a plain drawing: land and borders to reference, no colours, styles or scripts of its own', () => {
    expect(svg).toMatch(/<g id="land"[^>]*>(<path d="[MLZ\d -]+"\/>)+<\/g>/);
    expect(svg).toMatch(/<g id="borders" fill="none">/);
    expect(svg).not.toMatch(/<script|<style|style=|href=|fill="#/);
  });

  it('keeps every point inside its viewBox', () => {
    const numbers = [...svg.matchAll(/[ML](-?\d+) (-?\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(numbers.length).toBeGreaterThan(500);
    for (const [x = 0, y = 0] of numbers) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(file.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(file.height);
    }
  });

  it.each<[string, number, number, string | null]>([
    ['Moscow', 37.6, 55.75, 'Russia'],
    ['Tehran', 51.4, 35.7, 'Iran'],
    ['Ankara', 32.9, 39.9, 'Turkey'],
    ['the middle of the Caspian', 51, 42, null],
    ['the Black Sea', 34, 43.5, null],
  ])('knows what covers %s', (_, lng, lat, country) => {
    const cover = viewCover([lng, lat, lng + 0.01, lat + 0.01], locator);
    if (country === null) expect(cover.water).toBe(true);
    else expect(cover.countries[0]).toBe(country);
  });

  it('names only the seas inside its frame', () => {
    expect(file.seas.map((s) => s.name)).toEqual(['Caspian Sea']);
  });

  it('codes the grid in runs', () => {
    expect(runLengths([0, 0, 3, 3, 3, 0])).toEqual([0, 2, 3, 3, 0, 1]);
  });
});
