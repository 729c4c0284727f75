import { expect, test } from '@playwright/test';
import { placeAnchor } from '../../src/story/place-anchor.ts';
import { openExplorer, PLACES } from './helpers.ts';
import { type Box, box, mainPlaceLabels, openingView, overlaps, project } from './map-geometry.ts';

const PHONES = [
  [320, 568],
  [360, 740],
  [390, 844],
  [430, 932],
] as const;

for (const [width, height] of PHONES) {
  test.describe(`the first screen of a ${width}×${height} phone`, () => {
    test.use({ viewport: { width, height } });

    test('holds the title, the map (at least 40% of its height) and the places, in that order', async ({
      page,
    }) => {
      await openExplorer(page);
      const title = (await page.getByRole('heading', { level: 1 }).boundingBox()) as Box;
      const map = (await page.locator('section.map').boundingBox()) as Box;
      const places = (await page.getByRole('navigation', { name: 'Places' }).boundingBox()) as Box;
      expect(title.y).toBeGreaterThanOrEqual(0);
      expect(map.y).toBeGreaterThanOrEqual(title.y + title.height - 1);
      expect(map.y + map.height).toBeLessThanOrEqual(height);
      expect(map.height).toBeGreaterThanOrEqual(0.4 * height);
      expect(map.width).toBe(width);
      expect(places.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      for (const [, name] of PLACES) {
        const button = (await page.getByRole('button', { name, exact: true }).boundingBox()) as Box;
        expect(button.y + button.height, name).toBeLessThanOrEqual(height);
      }
      // The standfirst is still in the page, right after the places.
      const lede = page.locator('.lede');
      await expect(lede).toBeVisible();
      expect(((await lede.boundingBox()) as Box).y).toBeGreaterThanOrEqual(places.y + places.height - 1);
    });

    test('opens on a view with every place’s point, and room for its label, inside the map', async ({
      page,
    }) => {
      await openExplorer(page);
      const places = await mainPlaceLabels(page);
      expect(places.length).toBe(PLACES.length);
      const view = await openingView(page);
      const map = (await page.locator('.map canvas').boundingBox()) as Box;
      for (const { place: f, label } of places) {
        const p = project(map, view, placeAnchor(f));
        const name = f.properties.name;
        expect(p.x, name).toBeGreaterThan(map.x + 8);
        expect(p.x, name).toBeLessThan(map.x + map.width - 8);
        expect(p.y, name).toBeGreaterThan(map.y + 8);
        expect(p.y, name).toBeLessThan(map.y + map.height - 8);
        // Its label fits beside it, on one side at least, without reaching the map's edge.
        const room = Math.max(p.x - map.x, map.x + map.width - p.x);
        expect(room, `room for the label "${name}"`).toBeGreaterThanOrEqual(label);
      }
    });

    test('shows the scale bar, the credits and the locator apart, none over a main place', async ({
      page,
    }) => {
      await openExplorer(page);
      const map = await box(page.locator('.map canvas'));
      const controls = {
        scale: await box(page.locator('.map .maplibregl-ctrl-scale')),
        // Open at first, as MapLibre's compact credits are until the reader drags the map.
        credits: await box(page.locator('.maplibregl-ctrl-attrib-inner')),
        locator: await box(page.locator('.locator')),
      };
      const entries = Object.entries(controls);
      for (const [name, c] of entries) {
        expect(c.y, name).toBeGreaterThanOrEqual(map.y);
        expect(c.y + c.height, name).toBeLessThanOrEqual(map.y + map.height + 1);
        for (const [other, d] of entries)
          if (other !== name) expect(overlaps(c, d), `${name} over ${other}`).toBe(false);
      }
      const view = await openingView(page);
      for (const { place: f } of await mainPlaceLabels(page)) {
        const p = project(map, view, placeAnchor(f));
        const marker: Box = { x: p.x - 8, y: p.y - 8, width: 16, height: 16 };
        for (const [name, c] of entries)
          expect(overlaps(c, marker), `${name} over ${f.properties.name}`).toBe(false);
      }
    });
  });
}
