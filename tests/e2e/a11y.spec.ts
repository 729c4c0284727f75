import { expect, test } from '@playwright/test';
import { axeViolations } from './guards.ts';
import { openExplorer } from './helpers.ts';

test('the opening view has no accessibility violations', async ({ page }) => {
  await openExplorer(page);
  await expect(page.getByRole('navigation', { name: 'Places' }).getByRole('button')).toHaveCount(6);
  expect(await axeViolations(page)).toEqual([]);
  // The audit sees the live page: a button without a name is caught.
  await page.evaluate(() => document.querySelector('.panel')?.append(document.createElement('button')));
  expect((await axeViolations(page)).join('\n')).toMatch(/^button-name/m);
});

test('with a place’s popup open there are no accessibility violations', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Grozny', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('with part of the story missing, the alert itself has no accessibility violations', async ({ page }) => {
  await page.route('**/data/route.geojson', (r) => r.fulfill({ status: 404, body: '' }));
  await openExplorer(page);
  await expect(page.getByRole('alert')).toContainText(/flight route/i);
  expect(await axeViolations(page)).toEqual([]);
});

test('the claims table and an article opened from it have no accessibility violations', async ({ page }) => {
  await openExplorer(page, '#panel=claims');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('table').locator('blockquote a').first().click();
  await expect(page.locator('.article-text mark')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('the replay, mid-flight, has no accessibility violations', async ({ page }) => {
  await openExplorer(page, '#t=2024-12-25T05:13:31Z');
  await expect(page.locator('.timeline li[aria-current="step"]')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
});

// The no-WebGL view is audited in no-webgl.spec.ts: a browser without WebGL needs its own launch.
