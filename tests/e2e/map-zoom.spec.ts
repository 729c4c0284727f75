import { expect, type Page, test } from '@playwright/test';
import { colourAt, openExplorer } from './helpers.ts';

/**
 * The map beyond the opening view: the world when zoomed out, OpenStreetMap's coast when zoomed in,
 * a scale bar and the credits. Positions are projected the way MapLibre does (Web Mercator, 512 px
 * tiles) for a view set by the permalink, and the colour the reader sees there is read back.
 */

type View = { zoom: number; lat: number; lng: number };

const LAND = [0xf4, 0xf1, 0xea]; // COLORS.land
const WATER = [0xb9, 0xd3, 0xe6]; // COLORS.water

function mercatorY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
}

async function projector(page: Page, view: View) {
  const box = await page.locator('.map canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  const world = 512 * 2 ** view.zoom;
  return (lng: number, lat: number) => ({
    x: box.x + box.width / 2 + ((lng - view.lng) / 360) * world,
    y: box.y + box.height / 2 + (mercatorY(lat) - mercatorY(view.lat)) * world,
  });
}

const near = (a: number[], b: number[], tolerance = 12) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

async function openAt(page: Page, view: View): Promise<void> {
  await openExplorer(page, `#map=${view.zoom}/${view.lat}/${view.lng}`);
  // Tiles and label fades settle after the first idle.
  await page.waitForTimeout(800);
}

test('zoomed out to 3, distant cities are drawn on land, not on an empty sea', async ({ page }) => {
  const view = { zoom: 3, lat: 45, lng: 50 };
  await openAt(page, view);
  const at = await projector(page, view);
  const cities: [string, number, number][] = [
    ['Moscow', 37.6156, 55.7522],
    ['Tehran', 51.4215, 35.6944],
    ['Ankara', 32.8543, 39.9199],
    ['Tashkent', 69.2163, 41.2647],
    ['Baghdad', 44.4009, 33.3406],
  ];
  for (const [name, lng, lat] of cities) {
    const p = at(lng, lat);
    // Around the city, not on it: its own dot and label may be drawn there. The label takes one
    // side at most; a sea would show on all four.
    const around = await Promise.all(
      [
        [0, -7],
        [0, 7],
        [-7, 0],
        [7, 0],
      ].map(([dx = 0, dy = 0]) => colourAt(page, { x: p.x + dx, y: p.y + dy })),
    );
    expect(
      around.filter((c) => near(c, WATER)),
      `${name} has water around it`,
    ).toHaveLength(0);
    expect(around.filter((c) => near(c, LAND)).length, `${name} is not on land`).toBeGreaterThanOrEqual(2);
  }
});

test('zoomed in to 12 at the crash site, the coast is where OpenStreetMap has it', async ({ page }) => {
  const view = { zoom: 12, lat: 43.8825, lng: 51.01 };
  await openAt(page, view);
  const at = await projector(page, view);
  // Off the coast in OpenStreetMap (coast at ~51.004°E on this parallel), but inside Natural
  // Earth's 1:10m land (coast at ~50.991°E): water here means the detailed coast is drawn.
  const offshore = await colourAt(page, at(50.9975, 43.895));
  expect(near(offshore, WATER), `offshore point drawn as ${offshore}`).toBe(true);
  // Inland in OpenStreetMap.
  const inland = await colourAt(page, at(51.02, 43.895));
  expect(near(inland, LAND), `inland point drawn as ${inland}`).toBe(true);
});

test('zoomed out, no label sits on a story marker', async ({ page }) => {
  const PLACE = [0x1d, 0x35, 0x57]; // COLORS.place: the story markers' fill
  type Places = {
    features: { properties: { main: boolean }; geometry: { type: string; coordinates: number[] } }[];
  };
  const places = (await (await page.request.get('data/places.geojson')).json()) as Places;
  const points = places.features.filter((f) => f.properties.main && f.geometry.type === 'Point');
  expect(points.length).toBe(5);
  for (const view of [
    { zoom: 4, lat: 42.5, lng: 47.5 },
    { zoom: 3.5, lat: 45, lng: 50 },
  ]) {
    await openAt(page, view);
    const at = await projector(page, view);
    for (const f of points) {
      const [lng = 0, lat = 0] = f.geometry.coordinates;
      const centre = await colourAt(page, at(lng, lat));
      expect(near(centre, PLACE, 40), `marker at ${lng},${lat}, zoom ${view.zoom}: ${centre}`).toBe(true);
    }
  }
});

test('a metric scale bar sits at the bottom left of the map', async ({ page }) => {
  await openExplorer(page);
  const scale = page.locator('.map .maplibregl-ctrl-scale');
  await expect(scale).toBeVisible();
  await expect(scale).toHaveText(/^\d+\s(km|m)$/);
  const map = await page.locator('.map').boundingBox();
  const bar = await scale.boundingBox();
  if (!map || !bar) throw new Error('no map or scale bar');
  expect(bar.x - map.x).toBeLessThan(map.width / 4);
  expect(map.y + map.height - (bar.y + bar.height)).toBeLessThan(map.height / 4);
  // It follows the zoom: zoomed in, it measures less.
  const before = (await scale.textContent()) ?? '';
  await page.goto('./#map=12/43.8825/51.01');
  await expect(scale).not.toHaveText(before);
  await expect(scale).toHaveText(/^\d+\s(km|m)$/);
});

test('the credits name OpenStreetMap contributors (ODbL), Natural Earth and GeoNames', async ({ page }) => {
  await openExplorer(page);
  const attribution = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(attribution).toContainText('OpenStreetMap contributors');
  await expect(attribution).toContainText('ODbL');
  await expect(attribution).toContainText('Natural Earth');
  await expect(attribution).toContainText('GeoNames');
  await expect(attribution.getByRole('link', { name: /OpenStreetMap contributors/ })).toHaveAttribute(
    'href',
    'https://www.openstreetmap.org/copyright',
  );
});

test('detail tiles load only past the opening zoom, all from the app’s own folder', async ({ page }) => {
  const requests: string[] = [];
  page.context().on('request', (r) => requests.push(r.url()));
  await openExplorer(page);
  await page.waitForTimeout(500);
  const tiles = () => requests.filter((u) => u.includes('/tiles/'));
  expect(tiles()).toEqual([]);

  await page.goto('./#map=8/43.8825/51.01');
  await expect.poll(() => tiles().length).toBeGreaterThan(0);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false');
  const folder = new URL('data/tiles/', page.url()).href;
  for (const u of tiles()) {
    expect(u.startsWith(folder), u).toBe(true);
    // Past the opening zoom (5.3 at this size): the detail source starts at 7.
    expect(Number(u.slice(folder.length).split('/')[0]), u).toBeGreaterThanOrEqual(7);
  }
  // Nothing else left the origin either.
  const origin = new URL(page.url()).origin;
  expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
});
