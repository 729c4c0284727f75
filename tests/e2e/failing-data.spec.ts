import { expect, type Page, test } from '@playwright/test';
import { type PageWatch, watchPage } from './guards.ts';
import { distinctColours, holdRequests, pixels } from './helpers.ts';

/**
 * Each generated file can fail on its own (a deploy that missed one, a proxy cutting a download).
 * The reader must be told which part is missing, keep everything else, and never be left with a
 * map that says it is still busy.
 */

/** Watches the page, accepting only the browser's log line for the request a test breaks on purpose. */
function watchExcept(page: Page): PageWatch {
  return watchPage(page, (text) =>
    /Failed to load resource: the server responded with a status of 404/.test(text),
  );
}

async function expectSettled(page: Page): Promise<void> {
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

const notFound = { status: 404, contentType: 'text/plain', body: 'not found' };

test('a missing route file: the reader is told the flight route is unavailable, places still open', async ({
  page,
}) => {
  const watch = watchExcept(page);
  await page.route('**/data/route.geojson', (r) => r.fulfill(notFound));
  await page.goto('./');
  await expectSettled(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/flight route/i);
  await expect(alert).not.toContainText(/places/i);
  const nav = page.getByRole('navigation', { name: 'Places' });
  await expect(nav.getByRole('button')).toHaveCount(6);
  await nav.getByRole('button', { name: 'Mozdok', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Mozdok' }).locator('figure').first()).toBeVisible();
  await expect(page).toHaveURL(/place=mozdok/);
  expect(watch.errors).toEqual([]);
});

test('a truncated places file: the reader is told the places could not be loaded, the basemap still draws', async ({
  page,
  request,
}) => {
  const watch = watchExcept(page);
  const full = await (await request.get('data/places.geojson')).body();
  await page.route('**/data/places.geojson', (r) =>
    r.fulfill({ status: 200, contentType: 'application/geo+json', body: full.subarray(0, full.length >> 1) }),
  );
  await page.goto('./');
  await expectSettled(page);
  await expect(page.getByRole('alert')).toContainText(/could not load the places/i);
  // The map is there, with land, water and borders: not an empty canvas.
  expect(distinctColours(await pixels(page, page.locator('.map canvas')))).toBeGreaterThan(5);
  await expect(page.getByRole('region', { name: 'Legend' })).toBeVisible();
  expect(watch.errors).toEqual([]);
});

test('a route file that fails late, after everything else has drawn: the map still settles', async ({
  page,
}) => {
  const watch = watchExcept(page);
  // MapLibre draws no frame of its own after a source fails, and it only reports 'idle' at the end of
  // a frame: a failure arriving once the map has gone quiet would leave it busy for good.
  await page.route('**/data/route.geojson', async (r) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await r.fulfill(notFound);
  });
  await page.goto('./');
  await expectSettled(page);
  await expect(page.getByRole('alert')).toContainText(/flight route/i);
  await expect(page.getByRole('navigation', { name: 'Places' }).getByRole('button')).toHaveCount(6);
  expect(watch.errors).toEqual([]);
});

test('a missing passages file: the popup says its passages could not be loaded', async ({ page }) => {
  const watch = watchExcept(page);
  await page.route('**/data/passages/vladikavkaz.json', (r) => r.fulfill(notFound));
  await page.goto('./');
  await expectSettled(page);
  const nav = page.getByRole('navigation', { name: 'Places' });
  await nav.getByRole('button', { name: 'Vladikavkaz', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Vladikavkaz' });
  await expect(dialog.getByRole('alert')).toContainText(/passages for Vladikavkaz could not be loaded/);
  // Other places are not affected.
  await nav.getByRole('button', { name: 'Grozny', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
  expect(watch.errors).toEqual([]);
});

test('a missing basemap: the story, the places and popups still work', async ({ page }) => {
  const watch = watchExcept(page);
  await page.route('**/data/basemap.geojson', (r) => r.fulfill(notFound));
  await page.goto('./');
  await expectSettled(page);
  await expect(page.getByRole('alert')).toContainText(/basemap/i);
  const nav = page.getByRole('navigation', { name: 'Places' });
  await nav.getByRole('button', { name: 'Aktau', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Aktau' }).locator('figure').first()).toBeVisible();
  expect(watch.errors).toEqual([]);
});

test('every data file unreachable at once: nothing spins forever, and the story text is still there', async ({
  page,
}) => {
  const watch = watchExcept(page);
  await page.route('**/data/**', (r) => r.fulfill(notFound));
  await page.goto('./');
  await expectSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('J2-8243');
  await expect(page.getByRole('alert')).toContainText(/could not load the places/i);
  expect(watch.errors).toEqual([]);
});

test('a slow places file: the story’s text and its places come first (prerendered), and work once the places arrive', async ({
  page,
}) => {
  const watch = watchPage(page);
  const release = await holdRequests(page, '**/data/places.geojson');
  // Not 'load': the held file is preloaded by the page, so the load event waits for it too.
  await page.goto('./', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('J2-8243');
  const nav = page.getByRole('navigation', { name: 'Places' });
  await expect(nav.getByRole('button')).toHaveCount(6);
  await expect(page.getByRole('checkbox', { name: 'Flight route' })).toBeVisible();
  await expect(page.getByText('Loading the story…')).toHaveCount(0);
  release();
  await expectSettled(page);
  await nav.getByRole('button', { name: 'Baku', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Baku' }).locator('figure').first()).toBeVisible();
  expect(watch.errors).toEqual([]);
});
