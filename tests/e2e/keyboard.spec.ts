import { expect, type Page, test } from '@playwright/test';
import { openExplorer, regionPixels } from './helpers.ts';

/** How much of the focus colour (#c2410c, --focus) shows in a strip along the map's top edge. */
async function focusRingShare(page: Page): Promise<number> {
  const map = await page.locator('.map').boundingBox();
  if (!map) return 0;
  const px = await regionPixels(page, { x: map.x + 20, y: map.y, width: map.width - 40, height: 5 });
  const focus = px.filter(([r, g, b]) => Math.abs(r - 0xc2) < 30 && Math.abs(g - 0x41) < 30 && b < 60);
  return focus.length / Math.max(1, px.length);
}

for (const width of [1280, 360]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width > 700 ? 800 : 740 } });

    test('the first Tab shows a skip link to the map, and the map takes focus with a visible ring', async ({
      page,
    }) => {
      await openExplorer(page);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('button', { name: 'Skip to the map' });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport({ ratio: 1 });
      expect((await skip.boundingBox())?.width).toBeGreaterThan(60);
      expect(await focusRingShare(page)).toBeLessThan(0.05);
      await page.keyboard.press('Enter');
      await expect(page.locator('.map canvas')).toBeFocused();
      await expect(page.locator('.map')).toBeInViewport();
      // The ring is drawn inside the map, where its container does not clip it.
      expect(await focusRingShare(page)).toBeGreaterThan(0.5);
      // From the map, the keyboard moves it.
      await page.keyboard.press('Equal');
      await expect(page).toHaveURL(/#map=/);
    });

    test('the second Tab is a skip link to the places', async ({ page }) => {
      await openExplorer(page);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: 'Skip to the places' })).toBeFocused();
      await page.keyboard.press('Enter');
      const first = page.getByRole('navigation', { name: 'Places' }).getByRole('button').first();
      await expect(first).toBeFocused();
      await expect(first).toBeInViewport();
    });
  });
}

test('Escape closes the article, then the claims view, then the popup, each giving focus back to what opened it', async ({
  page,
}) => {
  await openExplorer(page);
  const grozny = page.getByRole('button', { name: 'Grozny', exact: true });
  await grozny.click();
  const dialog = page.getByRole('dialog', { name: 'Grozny' });
  await expect(dialog.locator('figure').first()).toBeVisible();

  const toClaims = page.getByRole('link', { name: 'Compare what each article claims' });
  await toClaims.click();
  const claims = page.getByRole('region', { name: 'What each article claims' });
  await expect(claims.getByRole('table')).toBeVisible();
  const quote = claims.getByRole('table').locator('blockquote a').first();
  await quote.click();
  await expect(page.locator('.article-text mark')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.locator('.article-text')).toHaveCount(0);
  await expect(claims.getByRole('table')).toBeVisible();
  await expect(quote).toBeFocused();
  await expect(dialog).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(claims).toHaveCount(0);
  await expect(toClaims).toBeFocused();
  await expect(dialog).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(grozny).toBeFocused();
  await expect(page).not.toHaveURL(/place=|panel=|source=/);
});

test('the popup’s close button is in the Tab order', async ({ page }) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Mozdok', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Mozdok' });
  await expect(dialog.getByRole('heading', { name: 'Mozdok' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const close = dialog.getByRole('button', { name: 'Close' });
  await expect(close).toBeFocused();
  expect(await close.evaluate((b) => b.tabIndex)).toBe(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mozdok', exact: true })).toBeFocused();
});

test.describe('the replay', () => {
  test('the slider moves a minute per arrow, and event to event with Page Up and Page Down', async ({
    page,
  }) => {
    await openExplorer(page, '#t=2024-12-25T04:30:00Z');
    const events = await page.evaluate(async () =>
      (
        (await (await fetch('data/timeline.json')).json()) as {
          events: { time: string; phase: string; title: string }[];
        }
      ).events.filter((e) => e.phase === 'flight'),
    );
    const slider = page.getByRole('slider', { name: 'Flight time' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/t=2024-12-25T04:31:00Z/);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/t=2024-12-25T04:29:00Z/);

    const next = events.find((e) => Date.parse(e.time) > Date.parse('2024-12-25T04:29:00Z'));
    if (!next) throw new Error('no event after 04:29');
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`t=${next.time}`));
    // The value text names the time and the event, then how the position is known at that moment.
    const valueText = (await slider.getAttribute('aria-valuetext')) ?? '';
    expect(valueText.startsWith(`${next.time.slice(11, 19)} UTC — ${next.title} — `), valueText).toBe(true);
    // Flightradar24 lost the ADS-B signal at 04:40 (Kursiv; Flightlevel.be: nothing until 09:03 Baku time).
    expect(valueText).toContain('Position not recorded');
    const after = events.find((e) => Date.parse(e.time) > Date.parse(next.time));
    if (!after) throw new Error('no second event');
    await page.keyboard.press('PageUp');
    await expect(page).toHaveURL(new RegExp(`t=${after.time}`));
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(new RegExp(`t=${next.time}`));
  });

  test('the replay bar arriving after the map does not resize the map', async ({ page }) => {
    await page.goto('./');
    const map = page.locator('.map');
    await expect(map).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    const early = await page.locator('.map-area').boundingBox();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    expect(await page.locator('.map-area').boundingBox()).toEqual(early);
  });

  for (const width of [1280, 360]) {
    test(`starting Play does not change the map’s size at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await openExplorer(page);
      const play = page.getByRole('button', { name: 'Play', exact: true });
      await play.scrollIntoViewIfNeeded();
      // Sizes, not positions: on a phone the page itself may scroll.
      const size = async () => {
        const [map, bar] = await Promise.all([
          page.locator('.map').boundingBox(),
          page.locator('.replay').boundingBox(),
        ]);
        return { map: [map?.width, map?.height], bar: [bar?.width, bar?.height] };
      };
      const before = await size();
      expect(before.map[1]).toBeGreaterThan(200);
      await play.click();
      // Playing: the clock shows the time, the local times and the event passed.
      await expect(page.locator('.replay .clock .event')).not.toHaveText(/^\s*$/, { timeout: 10_000 });
      for (let i = 0; i < 5; i++) {
        expect(await size()).toEqual(before);
        await page.waitForTimeout(300);
      }
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      expect(await size()).toEqual(before);
    });
  }
});
