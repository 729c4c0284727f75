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
        const mapBox = await page.locator('.map canvas').boundingBox();
        const mapWidth = mapBox?.width ?? width;
        // Fitted to the map's height too, so no point lands under the attribution at its foot.
        const view = storyView(mapWidth, mapBox?.height);
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

/** The open dialog's box lies wholly inside the map's and the screen's: what is wrong, if anything. */
async function offScreen(page: Page, name: string): Promise<string | null> {
  const viewport = page.viewportSize();
  const box = await page.getByRole('dialog', { name }).boundingBox();
  const map = await page.locator('.map canvas').boundingBox();
  if (!viewport || !box || !map) return 'no popup';
  const within = (c: Box) =>
    box.x >= c.x - 0.5 &&
    box.y >= c.y - 0.5 &&
    box.x + box.width <= c.x + c.width + 0.5 &&
    box.y + box.height <= c.y + c.height + 0.5;
  if (!within({ x: 0, y: 0, ...viewport })) return `popup ${JSON.stringify(box)} off the screen`;
  if (!within(map)) return `popup ${JSON.stringify(box)} off the map ${JSON.stringify(map)}`;
  return null;
}

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const) {
  test.describe(`permalinks and moves on a ${width} px screen`, () => {
    test.use({ viewport: { width, height } });

    for (const [id, name] of PLACES) {
      test(`a permalink to ${name} at a view that leaves it off screen shows the whole popup`, async ({
        page,
      }) => {
        // Zoom 9, a few degrees south-east of the place: its point is hundreds of pixels off the map.
        const probe = await page.request.get('data/places.geojson');
        const features = ((await probe.json()) as { features: PlaceFeature[] }).features;
        const f = features.find((x) => x.properties.id === id) as PlaceFeature;
        const [lng, lat] = placeAnchor(f);
        const away = {
          zoom: 9,
          lat: Math.round((lat - 2.5) * 1e4) / 1e4,
          lng: Math.round((lng + 4) * 1e4) / 1e4,
        };
        await openExplorer(page, `#map=${away.zoom}/${away.lat}/${away.lng}&place=${id}`);
        const map = (await page.locator('.map canvas').boundingBox()) as Box;
        const before = project(map, away, [lng, lat]);
        expect(before.x > map.x + map.width || before.y > map.y + map.height || before.x < map.x).toBe(true);
        await expect(page.getByRole('dialog', { name }).locator('figure').first()).toBeVisible();
        await expect.poll(() => problems(page, name, [lng, lat]), { message: name }).toEqual([]);
        // The map moved to make room, and the address says where it is now.
        expect(viewInUrl(page.url())).not.toEqual(away);
      });
    }

    test('the reported link (Aktau at zoom 12.5, east of it) shows the whole popup', async ({ page }) => {
      await openExplorer(page, '#map=12.5/43.87/51.03&place=aktau');
      const at = await anchors(page);
      await expect(page.getByRole('dialog', { name: 'Aktau' }).locator('figure').first()).toBeVisible();
      await expect.poll(() => problems(page, 'Aktau', at.get('aktau') as [number, number])).toEqual([]);
    });

    test('a popup stays wholly on screen while the reader zooms to z12 away from its point', async ({
      page,
    }) => {
      await openExplorer(page, '#map=6/42.5/47.5');
      await page.getByRole('button', { name: 'Grozny', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Grozny' });
      await expect(dialog.locator('figure').first()).toBeVisible();
      await expect.poll(() => offScreen(page, 'Grozny')).toBeNull();
      const canvas = page.locator('.map canvas');
      const box = (await canvas.boundingBox()) as Box;
      // Wheel-zoom about a corner of the map where the wheel reaches the map itself (not the popup,
      // the sheet or a control): the place's point drifts away from it, and off the map.
      const corner = await page.evaluate((b) => {
        const at = [
          [b.x + b.width - 48, b.y + 48],
          [b.x + 48, b.y + 48],
          [b.x + 48, b.y + b.height - 64],
          [b.x + b.width - 48, b.y + b.height - 64],
        ];
        return at.find(([x, y]) => document.elementFromPoint(x as number, y as number)?.tagName === 'CANVAS');
      }, box);
      if (!corner) throw new Error('no corner of the map is free of the popup');
      await page.mouse.move(corner[0] as number, corner[1] as number);
      const seen: (string | null)[] = [];
      for (let i = 0; i < 60; i++) {
        await page.mouse.wheel(0, -120);
        await page.waitForTimeout(40);
        seen.push(await offScreen(page, 'Grozny'));
        const z = viewInUrlOrNull(page.url())?.zoom ?? 0;
        if (z >= 12) break;
      }
      await expect.poll(() => viewInUrlOrNull(page.url())?.zoom ?? 0).toBeGreaterThanOrEqual(12);
      expect(seen.filter((s) => s !== null)).toEqual([]);
      await expect(dialog).toBeVisible();
      if (width >= 1000) {
        // Its point left the map: the popup is docked in the map's corner, whole…
        await expect(page.locator('.place-sheet[data-docked="true"]')).toHaveCount(1);
        // …until the point is back where the popup fits beside it (150 px left of the middle).
        const [lng, lat] = (await anchors(page)).get('grozny') as [number, number];
        const back = `#map=12/${lat}/${Math.round((lng + 150 / 5825) * 1e5) / 1e5}&place=grozny`;
        await page.evaluate((hash) => {
          window.location.hash = hash;
        }, back);
        await expect(page.locator('.place-popup')).toHaveCount(1);
        await expect(page.locator('.place-sheet')).toHaveCount(0);
        await expect.poll(() => offScreen(page, 'Grozny')).toBeNull();
      }
    });
  });
}

function viewInUrlOrNull(url: string) {
  try {
    return viewInUrl(url);
  } catch {
    return null;
  }
}
