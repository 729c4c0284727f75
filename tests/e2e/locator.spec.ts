import { expect, type Page, test } from '@playwright/test';
import { placeAnchor } from '../../src/story/place-anchor.ts';
import { changedShare, openExplorer, PLACES, regionPixels } from './helpers.ts';
import { type Box, box, mainPlaceLabels, openingView, overlaps, project, setView } from './map-geometry.ts';

const locatorImage = (page: Page) => page.getByRole('img', { name: /^Locator: the view lies / });

/** The view box's position in the locator drawing's units. */
async function viewBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const rect = page.locator('.locator-view');
  await expect(rect).toHaveCount(1);
  return rect.evaluate((r) => ({
    x: Number(r.getAttribute('x')),
    y: Number(r.getAttribute('y')),
    width: Number(r.getAttribute('width')),
    height: Number(r.getAttribute('height')),
  }));
}

test('at the opening view the locator shows where the view lies, named from the data, from this origin only', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const offOrigin: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) offOrigin.push(r.url());
  });
  await openExplorer(page);
  const locator = locatorImage(page);
  await expect(locator).toBeVisible();
  // The countries it names are the data's (locator.json), the most land in view first.
  const data = await page.evaluate(
    async () =>
      (await (await fetch('data/locator.json')).json()) as { countries: string[]; seas: { name: string }[] },
  );
  const name = (await locator.getAttribute('aria-label')) ?? '';
  const named = data.countries.filter((c) => new RegExp(`\\b${c}\\b`).test(name));
  expect(named.length, name).toBeGreaterThanOrEqual(2);
  expect(
    data.seas.some((s) => name.includes(`over the ${s.name}`)),
    name,
  ).toBe(true);
  // The countries are drawn (the prerendered drawing, referenced from the data folder).
  await expect(page.locator('.locator use.locator-land')).toHaveAttribute('href', /data\/locator\.svg#land$/);
  const drawn = await box(page.locator('.locator svg'));
  expect(drawn.width).toBeGreaterThanOrEqual(100);
  // The view's box lies inside the drawing, well inside its middle for a view of the region.
  const rect = await box(page.locator('.locator-view'));
  expect(rect.x).toBeGreaterThan(drawn.x);
  expect(rect.x + rect.width).toBeLessThan(drawn.x + drawn.width);
  expect(rect.width).toBeLessThan(drawn.width / 2);
  expect(offOrigin).toEqual([]);
});

test('the locator’s box follows the view as the map pans, and its words follow when it rests', async ({
  page,
}) => {
  await openExplorer(page);
  await setView(page, { zoom: 6, lat: 42, lng: 47 });
  const start = await viewBox(page);
  await setView(page, { zoom: 6, lat: 42, lng: 51 });
  await expect.poll(async () => (await viewBox(page)).x).toBeGreaterThan(start.x + 5);
  const east = await viewBox(page);
  expect(Math.abs(east.y - start.y)).toBeLessThan(1);
  await setView(page, { zoom: 6, lat: 45, lng: 51 });
  await expect.poll(async () => (await viewBox(page)).y).toBeLessThan(east.y - 5);
  // Zoomed in, the box shrinks around the view.
  await setView(page, { zoom: 8, lat: 45, lng: 51 });
  await expect.poll(async () => (await viewBox(page)).width).toBeLessThan(east.width / 2);
  // Its words name what lies there: a view deep in one country says that country alone.
  const before = await locatorImage(page).getAttribute('aria-label');
  await setView(page, { zoom: 9, lat: 55.75, lng: 37.6 });
  await expect(locatorImage(page)).not.toHaveAttribute('aria-label', before ?? '');
  await expect(locatorImage(page)).toHaveAttribute('aria-label', /^Locator: the view lies in \S/);
});

test('an open popup is drawn over the locator, not under it', async ({ page }) => {
  // Baku's point at the map's lower left, so that its popup, beside it, crosses the locator.
  await openExplorer(page, '#map=7/41.184/52.182&place=baku');
  const popup = page.getByRole('dialog', { name: 'Baku' });
  await expect(popup).toBeVisible();
  const inset = await box(page.locator('.locator'));
  const card = await box(popup);
  expect(overlaps(inset, card), 'the view puts the popup across the locator').toBe(true);
  // What the reader sees where they cross is the popup: taking the locator away changes nothing
  // there. A few pixels in from the popup's rounded edge and shadow, where the map shows through.
  const x = Math.max(inset.x, card.x + 8);
  const y = Math.max(inset.y, card.y + 8);
  const clip = {
    x: Math.round(x),
    y: Math.round(y),
    width: Math.round(Math.min(inset.x + inset.width, card.x + card.width - 8) - x),
    height: Math.round(Math.min(inset.y + inset.height, card.y + card.height - 8) - y),
  };
  const seen = await regionPixels(page, clip);
  await page.locator('.locator').evaluate((el) => {
    (el as HTMLElement).style.visibility = 'hidden';
  });
  const without = await regionPixels(page, clip);
  // Under the locator, 95% of those pixels changed; anti-aliasing may move a few.
  expect(changedShare(seen.flat(), without.flat())).toBeLessThan(0.01);
});

test('the locator hides when the map is zoomed out to the world, and comes back', async ({ page }) => {
  await openExplorer(page);
  await expect(locatorImage(page)).toBeVisible();
  await setView(page, { zoom: 2, lat: 30, lng: 20 });
  await expect(page.locator('.locator')).toBeHidden();
  await setView(page, { zoom: 1, lat: 0, lng: 0 });
  await expect(page.locator('.locator')).toBeHidden();
  await setView(page, { zoom: 5, lat: 42, lng: 47 });
  await expect(locatorImage(page)).toBeVisible();
});

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const) {
  test(`at ${width} px the locator covers no main place, no label of one, and no map control`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await openExplorer(page);
    const inset = await box(page.locator('.locator'));
    const map = await box(page.locator('.map canvas'));
    // Inside the map, and small beside it on a phone.
    expect(inset.x).toBeGreaterThanOrEqual(map.x);
    expect(inset.y).toBeGreaterThanOrEqual(map.y);
    expect(inset.x + inset.width).toBeLessThanOrEqual(map.x + map.width);
    expect(inset.y + inset.height).toBeLessThanOrEqual(map.y + map.height);
    expect(inset.width * inset.height).toBeLessThan(0.08 * map.width * map.height);
    for (const control of ['.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale']) {
      const c = await box(page.locator(control));
      expect(overlaps(inset, c), control).toBe(false);
    }

    const places = await mainPlaceLabels(page);
    expect(places.length).toBe(PLACES.length);
    const view = await openingView(page);
    // The nudge left the locator where it was.
    expect(await box(page.locator('.locator'))).toEqual(inset);
    for (const { place: f, label } of places) {
      const p = project(map, view, placeAnchor(f));
      // The point with its marker, and its label on either side of it.
      const around: Box = { x: p.x - 12 - label, y: p.y - 12, width: 24 + 2 * label, height: 24 };
      expect(overlaps(inset, around), f.properties.name).toBe(false);
    }
  });
}
