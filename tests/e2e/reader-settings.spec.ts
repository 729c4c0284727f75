import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './guards.ts';
import { openExplorer, pixels } from './helpers.ts';

interface Source {
  id: string;
  headline: string;
  outlet?: string;
}

async function sources(page: Page): Promise<Source[]> {
  return page.evaluate(
    async () => ((await (await fetch('data/sources.json')).json()) as { sources: Source[] }).sources,
  );
}

/** Elements inside `root` that scroll on their own (a scroll box inside the page's scroll). */
async function innerScrollers(page: Page, root: string): Promise<string[]> {
  return page.locator(root).evaluate((r) =>
    [...r.querySelectorAll('*')]
      .filter((el) => {
        const s = getComputedStyle(el);
        const scrolls = (o: string) => o === 'auto' || o === 'scroll';
        return (
          (scrolls(s.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (scrolls(s.overflowY) && el.scrollHeight > el.clientHeight + 1)
        );
      })
      .map((el) => `${el.tagName}.${el.className}`),
  );
}

const luminance = (rgb: number) => {
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test.describe('the claims view', () => {
  test('at 1280 px: columns named by outlet or headline, notes naming them, nothing cut off', async ({
    page,
  }) => {
    await openExplorer(page, '#panel=claims');
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const heads = await table.locator('thead th').allTextContents();
    expect(heads.join(' ')).not.toMatch(/Article \d/);
    for (const s of await sources(page)) {
      const name = s.outlet ?? s.headline.split(/\s+/).slice(0, 3).join(' ');
      expect(
        heads.some((h) => h.includes(name)),
        `a column named ${name}`,
      ).toBe(true);
    }
    // The disagreement notes name the articles, not their ids.
    const notes = await table.locator('tbody th .flag').allTextContents();
    expect(notes.length).toBeGreaterThanOrEqual(5);
    for (const n of notes) expect(n).not.toMatch(/(^|[\s(])00\d\b/);
    // Every column, the later findings too, is inside the window; nothing scrolls sideways.
    for (const th of await table.locator('thead th').all()) await expect(th).toBeInViewport({ ratio: 1 });
    const box = await table.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
    expect(await innerScrollers(page, '.claims')).toEqual([]);
  });

  test('on a 360 px phone: one card per claim, each article in turn, no scroll box inside the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openExplorer(page, '#panel=claims');
    const claims = page.getByRole('region', { name: 'What each article claims' });
    const cards = claims.getByRole('article');
    await expect(cards.first()).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    const n = await cards.count();
    expect(n).toBeGreaterThanOrEqual(14);
    const all = await sources(page);
    for (const card of (await cards.all()).slice(0, 3)) {
      await expect(card.getByRole('heading', { level: 4 })).toHaveCount(all.length + 1);
      const box = await card.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    }
    const survivors = cards.filter({ hasText: /^Survivors/ });
    await expect(survivors.locator('.flag').first()).toBeVisible();
    expect(await innerScrollers(page, '.claims')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('the reader’s text size', () => {
  for (const width of [1280, 360]) {
    test(`at double the browser’s text size the layout holds at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
      await openExplorer(page);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const grozny = page.getByRole('button', { name: 'Grozny', exact: true });
      await grozny.click();
      const dialog = page.getByRole('dialog', { name: 'Grozny' });
      await expect(dialog.locator('figure').first()).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'Grozny' })).toBeInViewport({ ratio: 1 });
      const box = await dialog.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(width);
      const map = await page.locator('.map').boundingBox();
      expect(map?.height).toBeGreaterThan(250);
      // The text is bigger than the 16 px default, not clamped by a fixed size.
      const size = await dialog
        .locator('blockquote')
        .first()
        .evaluate((b) => getComputedStyle(b).fontSize);
      expect(Number.parseFloat(size)).toBeGreaterThan(24);
    });
  }
});

test.describe('the dark scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('gives a dark page and a dark map, with the route and places drawn on it', async ({ page }) => {
    await openExplorer(page);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r = 255, g = 255, b = 255] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(40);
    const px = await pixels(page, page.locator('.map canvas'));
    const dark = px.filter((p) => luminance(p) < 70).length / px.length;
    expect(dark).toBeGreaterThan(0.8);
    // The route: reddish pixels; the places and labels: light ones.
    expect(px.some((p) => ((p >> 16) & 255) > 180 && ((p >> 8) & 255) < 140)).toBe(true);
    expect(px.filter((p) => luminance(p) > 150).length).toBeGreaterThan(3);
  });

  test('has no accessibility violations: opening view, a popup, the claims and an article', async ({
    page,
  }) => {
    // Four full-page axe scans, the claims table and an article among them: about 50 s alone on
    // a loaded 2-core machine, too close to the 60 s a test gets.
    test.slow();
    await openExplorer(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Grozny', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Compare what each article claims' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('table').locator('blockquote a').first().click();
    await expect(page.locator('.article-text mark')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('on a phone, with the sheet open, has no accessibility violations', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openExplorer(page, '#t=2024-12-25T05:13:56Z');
    await page.getByRole('button', { name: 'Aktau', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Aktau' }).locator('figure').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the map follows the reader switching to the dark scheme, without reloading', async ({ page }) => {
  await openExplorer(page);
  const darkShare = async () => {
    const px = await pixels(page, page.locator('.map canvas'));
    return px.filter((p) => luminance(p) < 70).length / px.length;
  };
  expect(await darkShare()).toBeLessThan(0.2);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(darkShare).toBeGreaterThan(0.8);
});

test('on a phone, with the sheet open, light: no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openExplorer(page, '#t=2024-12-25T05:13:56Z');
  await page.getByRole('button', { name: 'Aktau', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Aktau' }).locator('figure').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });

  test('keep the chosen place, the disagreement flags and the popup’s pointer distinguishable', async ({
    page,
  }) => {
    await openExplorer(page);
    const nav = page.getByRole('navigation', { name: 'Places' });
    await nav.getByRole('button', { name: 'Grozny', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Grozny' });
    await expect(dialog.locator('figure').first()).toBeVisible();
    const look = (name: string) =>
      nav.getByRole('button', { name, exact: true }).evaluate((b) => {
        const s = getComputedStyle(b);
        return `${s.backgroundColor} ${s.color} ${s.borderTopWidth}`;
      });
    expect(await look('Grozny')).not.toBe(await look('Baku'));

    // A flag keeps a frame of its own when backgrounds are gone.
    const flag = dialog.locator('.flag').first();
    await expect(flag).toBeVisible();
    const frame = await flag.evaluate((f) => {
      const s = getComputedStyle(f);
      return { style: s.borderTopStyle, width: Number.parseFloat(s.borderLeftWidth) };
    });
    expect(frame.style).toBe('solid');
    expect(frame.width).toBeGreaterThanOrEqual(4);

    // The pointer: one visible side of a transparent box (a triangle), towards the place.
    const tip = await page.locator('.place-popup .maplibregl-popup-tip').evaluate((t) => {
      const s = getComputedStyle(t);
      const anchorLeft = t.parentElement?.classList.contains('maplibregl-popup-anchor-left');
      return {
        towards: anchorLeft ? s.borderRightColor : s.borderLeftColor,
        across: s.borderTopColor,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(tip.across).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(tip.towards).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(tip.towards).not.toBe(tip.page);
  });
});
