import { expect, test } from '@playwright/test';
import { distinctColours, openExplorer, pixels } from './helpers.ts';

test('the built app, served from a sub-path, draws the map of the story', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await openExplorer(page);
  // Land, water, borders, labels and the route: many colours, not a blank canvas.
  expect(distinctColours(await pixels(page, page.locator('.map canvas')))).toBeGreaterThan(20);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('J2-8243');
  expect(errors).toEqual([]);
});
