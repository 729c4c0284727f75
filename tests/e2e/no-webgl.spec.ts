import { expect, type Page, test } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../browser.mjs';
import { axeViolations, watchPage } from './guards.ts';
import { PLACES } from './helpers.ts';

/**
 * A browser that cannot draw WebGL (blocklisted GPU, locked-down kiosk, WebGL switched off) must
 * still get the whole story: why there is no map, every place, every passage with its citation,
 * the legend, and permalinks that work.
 */
test.use({
  launchOptions: {
    executablePath: CHROME_PATH,
    args: [...CHROME_ARGS, '--disable-webgl', '--disable-3d-apis'],
  },
});

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface StoryFiles {
  articles: Record<string, string>;
  headlines: Record<string, string>;
  placeIds: string[];
  passageCounts: Record<string, number>;
}

/** What the page is meant to show, read from the same files it is served. */
async function storyFiles(page: Page): Promise<StoryFiles> {
  return page.evaluate(async () => {
    const get = async (p: string) => (await fetch(p)).json();
    const { sources } = (await get('data/sources.json')) as {
      sources: { id: string; file: string; headline: string }[];
    };
    const articles: Record<string, string> = {};
    const headlines: Record<string, string> = {};
    for (const s of sources) {
      articles[s.id] = await (await fetch(`data/articles/${s.file}`)).text();
      headlines[s.id] = s.headline;
    }
    const places = (await get('data/places.geojson')) as { features: { properties: { id: string } }[] };
    const placeIds = places.features.map((f) => f.properties.id);
    const passageCounts: Record<string, number> = {};
    for (const id of placeIds) {
      passageCounts[id] = (
        (await get(`data/passages/${id}.json`)) as { passages: unknown[] }
      ).passages.length;
    }
    return { articles, headlines, placeIds, passageCounts };
  });
}

async function openWithoutWebGL(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('status').filter({ hasText: 'WebGL' })).toBeVisible({ timeout: 30_000 });
}

test('without WebGL the page says so in one sentence and shows every passage, cited and verbatim', async ({
  page,
}) => {
  const watch = watchPage(page);
  await openWithoutWebGL(page);
  const reason = page.getByRole('status').filter({ hasText: 'WebGL' });
  // One sentence: one full stop, at the end.
  expect(((await reason.textContent()) ?? '').trim()).toMatch(/^[^.]+\.$/);
  await expect(page.locator('.map canvas')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);

  // The places list and the legend are there, as with a map.
  await expect(page.getByRole('navigation', { name: 'Places' }).getByRole('button')).toHaveCount(6);
  const legend = page.getByRole('region', { name: 'Legend' });
  await expect(legend).toBeVisible();
  await expect(legend.getByRole('listitem')).not.toHaveCount(0);
  await expect(legend).toContainText('A place in the story');
  await expect(legend).toContainText('drone attack');

  const files = await storyFiles(page);
  const texts = Object.values(files.articles).map(squash);
  const headlines = Object.values(files.headlines);
  const stage = page.getByRole('main');
  let quotes = 0;
  for (const id of files.placeIds) {
    const section = stage.locator(`section#place-${id}`);
    await expect(section.getByRole('heading', { level: 3 })).toBeVisible();
    const figures = section.locator('figure');
    // Every passage the data has for the place, none left out.
    await expect(figures).toHaveCount(files.passageCounts[id] ?? -1);
    const shown = await figures.evaluateAll((figs) =>
      figs.map((f) => ({
        quote: f.querySelector('blockquote')?.textContent ?? '',
        cites: [...f.querySelectorAll('figcaption cite')].map((c) => c.textContent ?? ''),
      })),
    );
    for (const { quote, cites } of shown) {
      expect(quote.length).toBeGreaterThan(10);
      expect(
        texts.some((t) => t.includes(squash(quote))),
        `${id}: not verbatim: ${quote}`,
      ).toBe(true);
      expect(cites.length, `${id}: uncited: ${quote}`).toBeGreaterThan(0);
      for (const c of cites) expect(headlines.some((h) => c.includes(h))).toBe(true);
      quotes++;
    }
  }
  for (const [id] of PLACES) expect(files.passageCounts[id]).toBeGreaterThan(0);
  expect(quotes).toBeGreaterThan(20);
  expect(watch.errors).toEqual([]);
});

test('without WebGL a place from the list goes into the address and is scrolled to and marked', async ({
  page,
}) => {
  await openWithoutWebGL(page);
  const nav = page.getByRole('navigation', { name: 'Places' });
  for (const [id, name] of [PLACES[5], PLACES[2], PLACES[0]] as const) {
    await nav.getByRole('button', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#place=${id}$`));
    await expect(nav.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', 'true');
    const section = page.locator(`section#place-${id}`);
    await expect(section).toHaveClass(/\bselected\b/);
    await expect(section).toHaveAttribute('aria-current', 'true');
    await expect(section.getByRole('heading', { name, level: 3 })).toBeInViewport();
    await expect(page.locator('section.selected')).toHaveCount(1);
    await expect(page.locator('section[aria-current]')).toHaveCount(1);
  }
});

test('without WebGL a permalink to Grozny opens on Grozny', async ({ page }) => {
  const watch = watchPage(page);
  await openWithoutWebGL(page, '#place=grozny&layers=drones');
  const section = page.locator('section#place-grozny');
  await expect(section).toHaveClass(/\bselected\b/);
  await expect(section).toHaveAttribute('aria-current', 'true');
  await expect(section.getByRole('heading', { name: 'Grozny', level: 3 })).toBeInViewport();
  await expect(section.locator('figure').first()).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Grozny', exact: true }),
  ).toHaveAttribute('aria-current', 'true');
  expect(new URL(page.url()).hash).toBe('#place=grozny&layers=drones');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(watch.errors).toEqual([]);
});

test('without WebGL the text-only story has no accessibility violations', async ({ page }) => {
  await openWithoutWebGL(page, '#place=mozdok');
  await expect(page.locator('section#place-aktau figure').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
