import { expect, type Page, test } from '@playwright/test';
import type { PlaceFeature } from '../../geo/schema.ts';
import { placeAnchor } from '../../src/story/place-anchor.ts';
import { openExplorer, PLACES } from './helpers.ts';
import { type Box, project, setView, storyView, viewInUrl } from './map-geometry.ts';

const SCREENS = [
  [320, 568],
  [360, 740],
  [390, 844],
  [768, 1024],
  [1280, 800],
] as const;

async function anchors(page: Page): Promise<Map<string, [number, number]>> {
  const features = await page.evaluate(
    async () => ((await (await fetch('data/places.geojson')).json()) as { features: unknown[] }).features,
  );
  return new Map((features as PlaceFeature[]).map((f) => [f.properties.id, placeAnchor(f)]));
}

/**
 * The open popup is wholly on screen, its heading visible, nothing inside wider than it, and its
 * place's point on the map and not under it. Returns what is wrong, if anything (polled: the
 * popup settles once its passages have loaded and the map has made room).
 */
async function problems(page: Page, name: string, anchor: [number, number]): Promise<string[]> {
  const viewport = page.viewportSize();
  if (!viewport) return ['no viewport'];
  const dialog = page.getByRole('dialog', { name });
  const box = await dialog.boundingBox();
  const heading = await dialog.getByRole('heading', { name, exact: true }).boundingBox();
  const map = (await page.locator('.map canvas').boundingBox()) as Box;
  if (!box || !heading) return ['no popup or heading'];
  const out: string[] = [];
  const inside = (b: Box, c: Box, what: string) => {
    if (
      b.x < c.x - 0.5 ||
      b.y < c.y - 0.5 ||
      b.x + b.width > c.x + c.width + 0.5 ||
      b.y + b.height > c.y + c.height + 0.5
    )
      out.push(`${what} ${JSON.stringify(b)} is not within ${JSON.stringify(c)}`);
  };
  const screen = { x: 0, y: 0, ...viewport };
  inside(box, screen, 'popup');
  inside(heading, screen, 'heading');
  inside(heading, box, 'heading in popup');
  // Nothing in it runs out sideways (text cut mid-word); long content scrolls down inside it.
  const overflow = await dialog.evaluate((d) =>
    [d, ...d.querySelectorAll('*')].some(
      (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible',
    ),
  );
  const wider = await dialog.evaluate((d) => {
    const r = d.getBoundingClientRect();
    return [...d.querySelectorAll('blockquote, figcaption, p, h2')].some((el) => {
      const e = el.getBoundingClientRect();
      return e.left < r.left - 0.5 || e.right > r.right + 0.5;
    });
  });
  if (overflow || wider) out.push('content wider than the popup');
  // The place's point: on the map, on screen, and not under the popup.
  const p = project(map, viewInUrl(page.url()), anchor);
  if (p.x < map.x || p.x > map.x + map.width || p.y < map.y || p.y > map.y + map.height)
    out.push(`point ${JSON.stringify(p)} off the map`);
  if (p.y < 0 || p.y > viewport.height) out.push(`point ${JSON.stringify(p)} off screen`);
  if (p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height)
    out.push(`point ${JSON.stringify(p)} under the popup`);
  return out;
}

for (const [width, height] of SCREENS) {
  test.describe(`a ${width} px screen`, () => {
    test.use({ viewport: { width, height } });

    for (const from of ['list', 'map'] as const) {
      test(`every place opened from the ${from} shows its popup wholly on screen, beside its point`, async ({
        page,
      }) => {
        await openExplorer(page, '#map=5/42/47');
        const mapWidth = (await page.locator('.map canvas').boundingBox())?.width ?? width;
        const view = storyView(mapWidth);
        const at = await anchors(page);
        for (const [id, name] of PLACES) {
          const anchor = at.get(id);
          if (!anchor) throw new Error(`no place ${id}`);
          await setView(page, view);
          if (from === 'list') {
            await page
              .getByRole('navigation', { name: 'Places' })
              .getByRole('button', { name, exact: true })
              .click();
          } else {
            const canvas = page.locator('.map canvas');
            await canvas.scrollIntoViewIfNeeded();
            const box = (await canvas.boundingBox()) as Box;
            const p = project(box, view, anchor);
            await canvas.click({ position: { x: p.x - box.x, y: p.y - box.y } });
          }
          const dialog = page.getByRole('dialog', { name });
          await expect(dialog.locator('figure').first()).toBeVisible();
          await expect
            .poll(() => problems(page, name, anchor), { message: `${name} from the ${from}` })
            .toEqual([]);
          // Narrow maps get a sheet, wide ones a popup beside the point.
          await expect(page.locator(mapWidth < 560 ? '.place-sheet' : '.place-popup')).toHaveCount(1);
          await dialog.getByRole('button', { name: 'Close' }).click();
          await expect(page.getByRole('dialog')).toHaveCount(0);
        }
      });
    }
  });
}

test.describe('the sheet on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('grows with "Show more", keeping the place’s point above it, and shrinks back', async ({ page }) => {
    await openExplorer(page, '#map=4.9/42.2/47.85');
    const at = await anchors(page);
    await page.getByRole('button', { name: 'Grozny', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Grozny' });
    await expect(dialog.locator('figure').first()).toBeVisible();
    const sheet = page.locator('.place-sheet');
    const before = (await sheet.boundingBox()) as Box;
    const more = page.getByRole('button', { name: 'Show more' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    const less = page.getByRole('button', { name: 'Show less' });
    await expect(less).toHaveAttribute('aria-expanded', 'true');
    const after = (await sheet.boundingBox()) as Box;
    expect(after.height).toBeGreaterThan(before.height + 80);
    const map = (await page.locator('.map canvas').boundingBox()) as Box;
    const anchor = at.get('grozny') as [number, number];
    await expect
      .poll(() => {
        const p = project(map, viewInUrl(page.url()), anchor);
        return p.y > map.y && p.y < after.y;
      })
      .toBe(true);
    // The dialog scrolls inside the sheet, and its end can be reached.
    const body = dialog.locator('.dialog-body');
    expect(await body.evaluate((b) => b.scrollHeight > b.clientHeight)).toBe(true);
    await less.click();
    await expect(page.getByRole('button', { name: 'Show more' })).toBeVisible();
    expect(((await sheet.boundingBox()) as Box).height).toBeCloseTo(before.height, 0);
  });
});

test('narrowing the window moves the open popup into a sheet, keeping focus where it was', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openExplorer(page);
  await page.getByRole('button', { name: 'Baku', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Baku' });
  await expect(dialog.locator('figure').first()).toBeVisible();
  await expect(page.locator('.place-popup')).toHaveCount(1);
  const link = dialog.getByRole('link').first();
  await link.focus();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator('.place-sheet')).toHaveCount(1);
  await expect(page.locator('.place-popup')).toHaveCount(0);
  await expect(link).toBeFocused();
  const box = await dialog.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});
