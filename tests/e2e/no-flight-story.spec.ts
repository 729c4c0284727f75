import { expect, test } from '@playwright/test';
import { colourAt } from './helpers.ts';
import { project } from './map-geometry.ts';

/**
 * A third story, of another shape (tests/fixtures/story-no-flight): three harbours, two reports
 * and a layer of witness videos, each with its own popup, and no voyage at all: no route, no
 * timeline, no replay. Built by the same pipeline into the same src/ (tests/e2e/build-fixture.mjs).
 */
const STORY_URL = '/newsroom/test-story-no-flight/';
const VIEW = { zoom: 7, lat: 56, lng: 12 };

test('a story with no flight shows no replay and no empty controls, and its videos open their own popups', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${STORY_URL}#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lng}`);
  const map = page.getByRole('region', { name: 'Map of the harbours' });
  await expect(map).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The storm at the three harbours: what two reports and the witness videos show',
  );

  // Its one layer, by its own name, and its legend entry; nothing of a route or a replay.
  const toggles = page.getByRole('group', { name: 'Layers' });
  await expect(toggles.getByRole('checkbox')).toHaveCount(1);
  await expect(toggles.getByRole('checkbox', { name: 'Witness videos' })).toBeChecked();
  await expect(page.locator('.legend')).toContainText(
    'A video filmed by a witness, with its date and source',
  );
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(page.locator('.replay')).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Timeline/ })).toHaveCount(0);
  // Nothing it lacks is reported as failing to load.
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A click on a video opens its own popup: its title, its date, what it shows, its source.
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  const at = project(box, VIEW, [12.1, 56.9]);
  await page.mouse.click(at.x, at.y);
  const dialog = page.getByRole('dialog', { name: 'The quay at Tamsin under water' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('14 March 2025');
  await expect(dialog).toContainText('waves breaking over the quay');
  await expect(dialog).toContainText('A video posted by a resident (invented for the test)');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);

  // Hidden, the videos are gone from the map and the address says so; a click there opens nothing.
  await toggles.getByRole('checkbox', { name: 'Witness videos' }).uncheck();
  await expect(page).toHaveURL(/[#&]layers=$/);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Its places still open their passages, and its data download lists the videos.
  await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Tamsin' }).click();
  await expect(page.getByRole('dialog', { name: 'Tamsin' })).toContainText('flooded by the storm surge');
  await page.getByRole('dialog', { name: 'Tamsin' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Download the data' }).click();
  await expect(page.getByRole('link', { name: /witness-videos\.geojson/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('zoomed in past where another story has detail tiles, the land is still drawn', async ({ page }) => {
  await page.goto(`${STORY_URL}#map=11/55.4/11.8`);
  const map = page.getByRole('region', { name: 'Map of the harbours' });
  await expect(map).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  // Zealand, beside Brindle Bay, is drawn in the land's colour (Natural Earth's), not the water's.
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  const [r = 0, g = 0, b = 0] = await colourAt(
    page,
    project(box, { zoom: 11, lat: 55.4, lng: 11.8 }, [11.7, 55.42]),
  );
  const land = [0xf4, 0xf1, 0xea];
  expect(
    Math.max(Math.abs(r - (land[0] ?? 0)), Math.abs(g - (land[1] ?? 0)), Math.abs(b - (land[2] ?? 0))),
  ).toBeLessThan(12);
});
