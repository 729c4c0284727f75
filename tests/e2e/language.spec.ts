import { expect, type Page, test } from '@playwright/test';
import { axeViolations } from './guards.ts';
import { holdRequests, openExplorer, regionPixels } from './helpers.ts';
import { box } from './map-geometry.ts';

/** The explorer's own words that say which language a page is in: its places' list and a control. */
async function expectRussian(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: 'Места' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Копировать ссылку' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Places' })).toHaveCount(0);
}

/** The font files the page asks for, from now on. */
function fontsLoaded(page: Page): string[] {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.woff2')) fonts.push(r.url());
  });
  return fonts;
}

async function expectEnglish(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Places' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
}

for (const [width, height] of [
  [1280, 800],
  [360, 740],
] as const) {
  test.describe(`a browser set to Russian, at ${width} px`, () => {
    test.use({ locale: 'ru-RU', viewport: { width, height } });

    test('opens the explorer in Russian, the articles quoted in English and said so once', async ({
      page,
    }) => {
      const fonts = fontsLoaded(page);
      await openExplorer(page, '#place=grozny');
      expect(new URL(page.url()).pathname).toMatch(/\/index\.ru\.html$/);
      expect(new URL(page.url()).hash).toContain('place=grozny');
      await expectRussian(page);
      // The story's own words in Russian, from its data: the title, the places, their summaries.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[А-Яа-яЁё]{4}/);
      const places = page.getByRole('navigation', { name: 'Места' });
      for (const name of ['Баку', 'Грозный', 'Моздок', 'Владикавказ', 'Актау'])
        await expect(places.getByRole('button', { name, exact: true })).toBeVisible();
      // The map draws its labels in Cyrillic: the font's Cyrillic letters are loaded, from this origin.
      await expect.poll(() => fonts.some((f) => /noto-sans-cyrillic-400-normal/.test(f))).toBe(true);
      for (const f of fonts) expect(new URL(f).origin).toBe(new URL(page.url()).origin);
      const dialog = page.getByRole('dialog', { name: 'Грозный' });
      await expect(dialog.locator('blockquote').first()).toBeVisible();
      // Every quote is the article's own words, marked as English.
      const langs = await dialog
        .locator('blockquote')
        .evaluateAll((qs) => qs.map((q) => q.getAttribute('lang')));
      expect(langs.length).toBeGreaterThan(0);
      expect(new Set(langs)).toEqual(new Set(['en']));
      await expect(page.getByText('Статьи цитируются на английском языке', { exact: false })).toHaveCount(1);
      // How the flown path is known, in Russian too; the sources it cites named as they are, in English.
      await expect(page.locator('.evidence-kind').first()).toHaveText(/[А-Яа-яЁё]{4}/);
      const cited = page.locator('.timeline a[href^="https:"]').first();
      await expect(cited).toHaveAttribute('lang', 'en');
      expect(await axeViolations(page)).toEqual([]);
    });

    test('shows dates and times in Russian', async ({ page }) => {
      await openExplorer(page, '#place=aktau&t=2024-12-25T05:13:31Z');
      // The articles' dates in their citations, as Russian writes a date.
      await expect(page.getByRole('dialog', { name: 'Актау' })).toContainText('28 декабря 2024 г.');
      await expect(page.getByRole('dialog', { name: 'Актау' })).not.toContainText('28 December 2024');
      await expect(page.locator('.replay .clock')).toContainText('05:13:31 UTC');
    });

    test('lang=en in the address switches back to English, and stays so on a reload', async ({ page }) => {
      await openExplorer(page, '#place=aktau&lang=en');
      await expectEnglish(page);
      expect(new URL(page.url()).pathname).not.toMatch(/\.ru\.html$/);
      await page.reload();
      await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
      await expectEnglish(page);
      await expect(page.getByRole('dialog', { name: 'Aktau' })).toBeVisible();
    });

    test('the switch names each language in itself and keeps the view', async ({ page }) => {
      await openExplorer(page, '#place=baku');
      const languages = page.getByRole('navigation', { name: 'Язык' });
      await expect(languages.locator('[aria-current]')).toHaveText('Русский');
      await languages.getByRole('link', { name: 'English' }).click();
      await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
      await expectEnglish(page);
      expect(new URL(page.url()).hash).toContain('place=baku');
      await expect(page.getByRole('dialog', { name: 'Baku' })).toBeVisible();
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
      await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
      await expectRussian(page);
    });

    test('a language link followed before the app has taken over keeps the view', async ({ page }) => {
      // The app's chunk held, as a slow phone would: the page is still the prerendered one, whose
      // links were built with the opening view. The map starting says its first module runs.
      const release = await holdRequests(page, '**/assets/boot-*.js');
      await page.goto('./index.ru.html#map=7/43.3/45.7&place=baku');
      await expect(page.locator('.map')).toHaveAttribute('aria-busy', /true|false/);
      await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/#.*place=baku/);
      expect(new URL(page.url()).hash).toContain('map=7/43.3/45.7');
      release();
      await expectEnglish(page);
      await expect(page.getByRole('dialog', { name: 'Baku' })).toBeVisible();
      expect(new URL(page.url()).hash).toContain('lang=en');
    });
  });
}

/**
 * How many pixels of a strip carry the story places' label ink: their navy (palette.ts
 * COLORS.place, #1d3557) or its anti-aliased edge, dark and blue; not the countries' grey-brown
 * labels, the land or the light water.
 */
async function placeInk(page: Page, clip: { x: number; y: number; width: number; height: number }) {
  const px = await regionPixels(page, clip);
  return px.filter(([r, g, b]) => r + g + b < 450 && b - r > 20).length;
}

for (const [width, height] of [
  [320, 568],
  [360, 740],
] as const) {
  test.describe(`the Russian map at ${width} px`, () => {
    test.use({ locale: 'ru-RU', viewport: { width, height } });

    test('opens with the places’ longer names inside the map, and its own labels in Russian', async ({
      page,
    }) => {
      await openExplorer(page);
      await expectRussian(page);
      const map = await box(page.locator('.map canvas'));
      const scale = await box(page.locator('.map .maplibregl-ctrl-scale'));
      const credits = await box(page.locator('.maplibregl-ctrl-attrib'));
      // The outermost 3 px of each side, between the scale bar and the credits: no place's name
      // ("Владикавказ" at the west end, "Актау" at the east) runs into the edge.
      const top = Math.ceil(scale.y + scale.height);
      const strip = { y: top, width: 3, height: Math.floor(credits.y) - top };
      expect(await placeInk(page, { ...strip, x: Math.ceil(map.x) })).toBe(0);
      expect(await placeInk(page, { ...strip, x: Math.floor(map.x + map.width) - 3 })).toBe(0);
      // MapLibre's own words are the page's: the scale bar in kilometres as Russian writes them.
      await expect(page.locator('.map .maplibregl-ctrl-scale')).toHaveText(/^\d+\sкм$/);
      // The map's data in Russian: the countries and seas (CLDR names), cities and airports.
      const names = await page.evaluate(async () => {
        const read = async (f: string) =>
          (
            (await (await fetch(`data/ru/${f}`)).json()) as {
              features: { properties: { kind: string; name: string } }[];
            }
          ).features
            .filter((x) => ['label', 'city', 'airport'].includes(x.properties.kind))
            .map((x) => x.properties.name);
        return [...(await read('basemap.geojson')), ...(await read('context-places.geojson'))];
      });
      expect(names).toEqual(expect.arrayContaining(['Россия', 'Казахстан', 'Каспийское море', 'Тбилиси']));
      expect(names.filter((n) => !/[А-Яа-яЁё]/.test(n))).toEqual([]);
    });
  });
}

test.describe('links made on the Russian page keep the language', () => {
  test.use({ locale: 'ru-RU' });

  test('a copied link, the embed code and a citation lead to the Russian pages', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page, '#place=mozdok');
    await page.getByRole('button', { name: 'Копировать ссылку' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).pathname).toMatch(/\/index\.ru\.html$/);
    expect(new URL(link).hash).toContain('place=mozdok');

    // Opened by a reader whose browser is in English, the link still shows Russian.
    const english = await page.context().browser()?.newContext({ locale: 'en-GB' });
    if (!english) throw new Error('no browser');
    const other = await english.newPage();
    await other.goto(link);
    await expect(other.locator('html')).toHaveAttribute('lang', 'ru');
    await english.close();

    await page.getByRole('button', { name: 'Встроить' }).click();
    // The code is written once the panel has opened.
    await expect(page.locator('textarea').first()).toHaveValue(
      /<iframe src="[^"]*\/embed\.ru\.html\?childId=[^"]*#[^"]*place=mozdok/,
    );
  });
});

test('a browser in English is not sent anywhere, and the page names no language in the address', async ({
  page,
}) => {
  const fonts = fontsLoaded(page);
  await openExplorer(page, '#place=grozny');
  await expectEnglish(page);
  await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
  expect(new URL(page.url()).hash).not.toContain('lang=');
  // Labels in English need no Cyrillic letters.
  expect(fonts.filter((f) => /cyrillic/.test(f))).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});
