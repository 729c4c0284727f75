import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { watchPage } from './guards.ts';
import { holdRequests } from './helpers.ts';
import { project } from './map-geometry.ts';

/**
 * The page is prerendered at build time (src/prerender.tsx) and hydrated: the story is in the
 * HTML itself, a reader with scripts off gets all of it, and nothing moves when the app takes over.
 */

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Story {
  places: { id: string; name: string }[];
  passages: Record<string, { text: string; sourceIds: string[] }[]>;
  headlines: Record<string, string>;
}

/** What the page is meant to show, read from the files it is served with (not through the page). */
async function storyFiles(request: APIRequestContext): Promise<Story> {
  const get = async <T>(path: string): Promise<T> => (await (await request.get(path)).json()) as T;
  const places = await get<{ features: { properties: { id: string; name: string } }[] }>(
    'data/places.geojson',
  );
  const { sources } = await get<{ sources: { id: string; headline: string }[] }>('data/sources.json');
  const passages: Story['passages'] = {};
  for (const { properties: p } of places.features) {
    const file = await get<{ passages: { text: string; citations: { sourceId: string }[] }[] }>(
      `data/passages/${p.id}.json`,
    );
    passages[p.id] = file.passages.map((x) => ({
      text: x.text,
      sourceIds: x.citations.map((c) => c.sourceId),
    }));
  }
  return {
    places: places.features.map((f) => f.properties),
    passages,
    headlines: Object.fromEntries(sources.map((s) => [s.id, s.headline])),
  };
}

test.describe('with JavaScript switched off', () => {
  test.use({ javaScriptEnabled: false });
  // Playwright's text and role locators skip <noscript> (a browser running scripts never renders
  // it), so the story inside it is found by CSS here; a browser with scripts off renders it.

  test('the reader gets the standfirst, every place and every passage with its citation', async ({
    page,
    request,
  }) => {
    const story = await storyFiles(request);
    await page.goto('./');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.lede')).toContainText('crashed near Aktau');
    await expect(page.locator('.no-map-reason')).toBeVisible();
    await expect(page.locator('.no-map-reason')).toContainText('JavaScript is off');

    let checked = 0;
    for (const place of story.places) {
      const section = page.locator(`.no-map #place-${place.id}`);
      await expect(section).toBeVisible();
      await expect(section.locator('h3')).toHaveText(place.name);
      const shown = (await section.locator('blockquote').allTextContents()).map(squash);
      const cited = (await section.locator('cite').allTextContents()).map(squash).join('\n');
      const expected = story.passages[place.id] ?? [];
      expect(shown, `${place.name}: one quote per passage`).toHaveLength(expected.length);
      for (const p of expected) {
        expect(shown, `${place.name}: “${p.text.slice(0, 40)}…”`).toContain(squash(p.text));
        for (const id of p.sourceIds) expect(cited).toContain(squash(story.headlines[id] ?? '?'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('what needs the app is not offered: no empty map, no place buttons, no replay', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.no-map-reason')).toBeVisible();
    await expect(page.locator('button:visible, input:visible')).toHaveCount(0);
    await expect(page.locator('.map')).toBeHidden();
    // The text starts right under the masthead, in the page's own flow.
    const head = await page.locator('.masthead').boundingBox();
    const text = await page.locator('.no-map').boundingBox();
    expect(text && head && text.y - (head.y + head.height)).toBeLessThan(40);
  });
});

/** Every layout shift from the first paint, recorded before any script of the page runs. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node }[];
      })[]) {
        if (!e.hadRecentInput)
          w.__shifts.push({
            value: e.value,
            nodes: (e.sources ?? []).map(
              (s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?',
            ),
          });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test(`at ${viewport.width} px nothing moves from the first paint to the map's first idle`, async ({
    page,
  }) => {
    const watch = watchPage(page);
    await page.setViewportSize(viewport);
    await recordShifts(page);
    await page.goto('./');
    await expect(page.locator('.map[aria-busy="false"]')).toBeAttached({ timeout: 30_000 });
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
    );
    expect(shifts, JSON.stringify(shifts)).toEqual([]);
    // The app has taken over the prerendered list: a click opens the place.
    await page.getByRole('button', { name: /^Grozny\b/ }).click();
    await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
    // Hydration adopted the page as it was: React reports any mismatch as a console error.
    expect(watch.errors).toEqual([]);
  });
}

test('the page as served already holds the story: title, standfirst and the places with their counts', async ({
  request,
}) => {
  // React's text separators (<!-- -->) taken out, as a reader's browser does when it shows the text.
  const html = (await (await request.get('./')).text()).replace(/<!-- -->/g, '');
  const story = await storyFiles(request);
  const has = (text: string) => expect(html.includes(text), `the HTML has ${text}`).toBe(true);
  has('<nav aria-label="Places"');
  for (const place of story.places.filter((p) => ['baku', 'grozny', 'aktau'].includes(p.id))) {
    has(`>${place.name}</button>`);
    has(`${story.passages[place.id]?.length} passages · `);
  }
  // Strict CSP: the hydration's data comes from files, never an inline script.
  expect(/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'an inline <script>').toBe(false);
});

test('a place chosen before the app has taken over opens as soon as it has: the click is not lost', async ({
  page,
}) => {
  const watch = watchPage(page);
  // The app hydrates once the map has drawn; a held world map keeps the map from drawing.
  const release = await holdRequests(page, '**/data/world.geojson');
  await page.goto('./', { waitUntil: 'commit' });
  const grozny = page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: 'Grozny', exact: true });
  await grozny.click();
  await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
  await expect(page).toHaveURL(/place=grozny/);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  expect(watch.errors).toEqual([]);
});

test("a place chosen while the map's engine is still downloading opens once it has: the click is not lost", async ({
  page,
}) => {
  const watch = watchPage(page);
  // The engine is the page's largest file: on a slow network the text and its buttons are there
  // long before it is. The page's first module does not wait for it, and holds the click.
  const release = await holdRequests(page, '**/assets/maplibre-gl-*.js');
  await page.goto('./', { waitUntil: 'commit' });
  await page
    .getByRole('navigation', { name: 'Places' })
    .getByRole('button', { name: 'Grozny', exact: true })
    .click();
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  release();
  await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
  await expect(page).toHaveURL(/place=grozny/);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  expect(watch.errors).toEqual([]);
});

test('a link to the claims followed before the app has taken over keeps the view the reader opened', async ({
  page,
}) => {
  const watch = watchPage(page);
  // The app's chunk held: the page is the prerendered one, whose links were built with the
  // opening view. The map starting says its first module runs.
  const release = await holdRequests(page, '**/assets/boot-*.js');
  await page.goto('./#map=7/43.3/45.7&place=baku');
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', /true|false/);
  await page.getByRole('link', { name: 'Compare what each article claims' }).click();
  await expect(page).toHaveURL(/panel=claims/);
  const hash = new URL(page.url()).hash;
  expect(hash).toContain('place=baku');
  expect(hash).toContain('map=7/43.3/45.7');
  release();
  await expect(page.getByRole('table')).toBeVisible();
  expect(watch.errors).toEqual([]);
});

test('a place clicked on the map before the app has taken over opens once it has: the click is not lost', async ({
  page,
}) => {
  const watch = watchPage(page);
  // The map draws before the app hydrates (main.tsx); holding the app's chunk keeps that moment
  // open as long as the test needs it, as a slow phone would.
  const release = await holdRequests(page, '**/assets/boot-*.js');
  const places = (await (await page.request.get('data/places.geojson')).json()) as {
    features: { properties: { id: string; name: string }; geometry: { coordinates: [number, number] } }[];
  };
  const grozny = places.features.find((f) => f.properties.id === 'grozny');
  if (!grozny) throw new Error('no Grozny');
  const view = { zoom: 8, lat: 43.32, lng: 45.69 };
  await page.goto(`./#map=${view.zoom}/${view.lat}/${view.lng}`);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('no map');
  const at = project(box, view, grozny.geometry.coordinates);
  await page.mouse.click(at.x, at.y);
  // Nothing can open yet: the app is not there.
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  release();
  await expect(page.getByRole('dialog', { name: grozny.properties.name })).toBeVisible();
  await expect(page).toHaveURL(/place=grozny/);
  expect(watch.errors).toEqual([]);
});
