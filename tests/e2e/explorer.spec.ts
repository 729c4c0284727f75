import { expect, type Page, test } from '@playwright/test';
import { articleTexts, changedShare, openExplorer, PLACES, pixels } from './helpers.ts';
import { setView } from './map-geometry.ts';

interface PlaceFeature {
  geometry: { type: 'Point' | 'LineString'; coordinates: number[] | number[][] };
  properties: { id: string; name: string };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Checks every quote in the open dialog is a contiguous span of an article it cites. */
async function expectVerbatimQuotes(page: Page, texts: Record<string, string>): Promise<number> {
  const dialog = page.getByRole('dialog');
  const figures = dialog.locator('figure');
  await expect(figures.first()).toBeVisible();
  const quotes = await figures.evaluateAll((figs) =>
    figs.map((f) => ({
      quote: f.querySelector('blockquote')?.textContent ?? '',
      caption: f.querySelector('figcaption')?.textContent ?? '',
    })),
  );
  const all = Object.values(texts).map(squash);
  for (const { quote, caption } of quotes) {
    expect(quote.length).toBeGreaterThan(10);
    expect(quote).not.toContain('…');
    expect(
      all.some((t) => t.includes(squash(quote))),
      `not verbatim: ${quote}`,
    ).toBe(true);
    expect(caption).toMatch(/2024/);
  }
  return quotes.length;
}

test.describe('the explorer', () => {
  test('lists the six places and opens each one from the list, quoting the articles verbatim', async ({
    page,
  }) => {
    await openExplorer(page);
    const nav = page.getByRole('navigation', { name: 'Places' });
    const buttons = nav.getByRole('button');
    await expect(buttons).toHaveCount(PLACES.length);
    const texts = await articleTexts(page);
    for (const [id, name] of PLACES) {
      await nav.getByRole('button', { name, exact: true }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`place=${id}(&|$)`));
      const n = await expectVerbatimQuotes(page, texts);
      expect(n).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      // Focus returns to the button that opened it.
      await expect(nav.getByRole('button', { name, exact: true })).toBeFocused();
    }
  });

  test('opens each place from a click on the map at its position', async ({ page }) => {
    // A known view, so that positions can be projected the way MapLibre does (Web Mercator, 512 px tiles).
    const zoom = 5.3;
    const [lat0, lng0] = [42.4, 47.6];
    await openExplorer(page, `#map=${zoom}/${lat0}/${lng0}`);
    const features = await page.evaluate(
      async () =>
        ((await (await fetch('data/places.geojson')).json()) as { features: PlaceFeature[] }).features,
    );
    const canvas = page.locator('.map canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no canvas');
    const world = 512 * 2 ** zoom;
    const x = (lng: number) => ((lng + 180) / 360) * world;
    const y = (lat: number) => {
      const s = Math.sin((lat * Math.PI) / 180);
      return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
    };
    for (const [id, name] of PLACES) {
      // Each popup moves the map to make room for itself: back to the known view first.
      await setView(page, { zoom, lat: lat0, lng: lng0 });
      const f = features.find((g) => g.properties.id === id);
      if (!f) throw new Error(`no feature ${id}`);
      // A line (the sea crossing) is clicked at a vertex near its middle.
      const coords = (
        f.geometry.type === 'Point'
          ? f.geometry.coordinates
          : f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)]
      ) as number[];
      const [lng = 0, lat = 0] = coords;
      const px = box.width / 2 + x(lng) - x(lng0);
      const py = box.height / 2 + y(lat) - y(lat0);
      await canvas.click({ position: { x: px, y: py } });
      await expect(page.getByRole('dialog', { name })).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`place=${id}(&|$)`));
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });

  test('the layer toggles hide and show the route and the drone attacks, and the URL follows', async ({
    page,
  }) => {
    await openExplorer(page);
    const map = page.locator('.map canvas');
    const route = page.getByRole('checkbox', { name: 'Flight route' });
    const drones = page.getByRole('checkbox', { name: "Drone attacks: the Kremlin's claim" });
    await expect(route).toBeChecked();
    await expect(drones).toBeChecked();
    const before = await pixels(page, map);

    await route.uncheck();
    await expect(page).toHaveURL(/layers=drones(&|$)/);
    const noRoute = await pixels(page, map);
    expect(changedShare(before, noRoute)).toBeGreaterThan(0.002);

    await drones.uncheck();
    await expect(page).toHaveURL(/layers=(&|$)/);
    const none = await pixels(page, map);
    expect(changedShare(noRoute, none)).toBeGreaterThan(0.001);

    await route.check();
    await drones.check();
    await expect(page).not.toHaveURL(/layers=/);
    await page.waitForTimeout(300);
    expect(changedShare(before, await pixels(page, map))).toBeLessThan(0.002);
  });

  test('a permalink with a view, a place and layers reopens exactly that', async ({ page }) => {
    await openExplorer(page, '#map=6.5/43.3/45.9&place=grozny&layers=drones');
    await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Flight route' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: "Drone attacks: the Kremlin's claim" })).toBeChecked();
    expect(new URL(page.url()).hash).toBe('#map=6.5/43.3/45.9&place=grozny&layers=drones');
  });

  test('"Copy link" copies a link that reopens the same state', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page);
    await page.getByRole('button', { name: 'Aktau', exact: true }).click();
    await page.getByRole('checkbox', { name: "Drone attacks: the Kremlin's claim" }).uncheck();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The address is written in place a period after the change (ADDRESS_THROTTLE_MS); the copied
    // link is the state itself, so it may be there first: the address bar comes to the same.
    await expect(page).toHaveURL(link);
    expect(link).toMatch(/place=aktau/);
    expect(link).toMatch(/layers=route/);

    const other = await browser.newPage();
    await other.goto(link);
    await expect(other.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(other.getByRole('dialog', { name: 'Aktau' })).toBeVisible();
    await expect(
      other.getByRole('checkbox', { name: "Drone attacks: the Kremlin's claim" }),
    ).not.toBeChecked();
    await other.close();
  });

  test('Back closes a selection', async ({ page }) => {
    await openExplorer(page);
    await page.getByRole('button', { name: 'Mozdok', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Mozdok' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
  });

  test('moving the map updates the URL in place, without adding history entries', async ({ page }) => {
    await openExplorer(page);
    const length = await page.evaluate(() => history.length);
    const canvas = page.locator('.map canvas');
    await canvas.focus();
    await page.keyboard.press('Equal');
    await expect(page).toHaveURL(/#map=\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(800);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('no request leaves the page’s origin, and nothing is logged as an error', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['http:', 'https:', 'data:', 'blob:'].includes(u.protocol)) return;
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== origin) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openExplorer(page);
    await page.getByRole('button', { name: 'Grozny', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the places, the map and a popup fit a 360 px screen', async ({ page }) => {
    await openExplorer(page);
    const nav = page.getByRole('navigation', { name: 'Places' });
    await expect(nav).toBeInViewport();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await nav.getByRole('button', { name: 'Grozny', exact: true }).tap();
    const dialog = page.getByRole('dialog', { name: 'Grozny' });
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
  });
});
