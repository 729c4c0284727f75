import { expect, type Page, test } from '@playwright/test';
import { changedShare, distinctColours, openExplorer, pixels } from './helpers.ts';

/** Loses (or restores) the map's WebGL context as a GPU reset would, through WEBGL_lose_context. */
async function context(page: Page, what: 'lose' | 'restore'): Promise<void> {
  await page.evaluate((w) => {
    // The extension answers only while the context lives: keep it from the loss for the restore.
    const keep = window as unknown as { __loseContext?: WEBGL_lose_context | null };
    if (!keep.__loseContext) {
      const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      keep.__loseContext = gl?.getExtension('WEBGL_lose_context');
    }
    const ext = keep.__loseContext;
    if (!ext) throw new Error('no WEBGL_lose_context');
    if (w === 'lose') ext.loseContext();
    else ext.restoreContext();
  }, what);
}

test('a lost WebGL context is said, the text stays, and the map comes back with the same view, place and layers', async ({
  page,
}) => {
  const hash = '#map=6.5/43.3/45.9&place=grozny&layers=drones';
  await openExplorer(page, hash);
  const dialog = page.getByRole('dialog', { name: 'Grozny' });
  await expect(dialog.locator('figure').first()).toBeVisible();
  const map = page.locator('.map canvas');
  await page.waitForTimeout(500);
  const before = await pixels(page, map);
  expect(distinctColours(before)).toBeGreaterThan(20);

  await context(page, 'lose');
  const notice = page.getByRole('alert').filter({ hasText: /map/i });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(/come back/i);
  // Nothing else changes: the page is not swapped for its text version, the text stays readable.
  await expect(
    page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Baku' }),
  ).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(page.locator('.map canvas')).toHaveCount(1);

  await context(page, 'restore');
  await expect(notice).toHaveCount(0);
  // Drawn again, as it was: the same view, the same place open, the same layers.
  await expect
    .poll(async () => changedShare(before, await pixels(page, map)), { timeout: 20_000 })
    .toBeLessThan(0.02);
  expect(new URL(page.url()).hash).toBe(hash);
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Flight route' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Drone attacks' })).toBeChecked();
});
