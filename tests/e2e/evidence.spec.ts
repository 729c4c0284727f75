import { expect, type Page, test } from '@playwright/test';
import along from '@turf/along';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { lineString, point, polygon } from '@turf/helpers';
import length from '@turf/length';
import { colourAt, openExplorer } from './helpers.ts';
import { project, viewInUrl } from './map-geometry.ts';

/**
 * A rough outline of the mountains of Dagestan (the Greater Caucasus and its foothills south and
 * west of Makhachkala), for this test only: the scheduled route ran north along the coast and then
 * over the plain to Grozny; a straight Baku → Grozny line runs through here.
 */
const DAGESTAN_MOUNTAINS = polygon([
  [
    [46.35, 42.95],
    [46.75, 43.05],
    [47.1, 42.95],
    [47.35, 42.75],
    [47.75, 42.35],
    [48.1, 42.0],
    [48.35, 41.75],
    [47.9, 41.25],
    [46.8, 41.55],
    [46.2, 42.0],
    [45.9, 42.5],
    [46.35, 42.95],
  ],
]);
const BAKU_AIRPORT: [number, number] = [50.05093, 40.47278];
const GROZNY_AIRPORT: [number, number] = [45.69977, 43.38811];

const slider = (page: Page) => page.getByRole('slider', { name: 'Flight time' });
const bar = (page: Page) => page.locator('.replay .clock');

interface Evidence {
  kinds: { id: string; legend: string; replay: string; position: string }[];
  stretches: {
    id: string;
    from: string;
    to: string;
    kind: string;
    received: string;
    drawnAlong: string;
    sources: { label: string; url?: string }[];
  }[];
}

async function evidenceData(page: Page): Promise<Evidence> {
  const res = await page.request.get('data/evidence.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Evidence;
}

/** Where the replay puts the aircraft at `iso`: linear in time between the track's known times. */
async function aircraftAt(page: Page, iso: string): Promise<[number, number]> {
  const track = (await (await page.request.get('data/track.json')).json()) as {
    line: [number, number][];
    times: { time: string; km: number }[];
  };
  const ms = Date.parse(iso);
  const i = track.times.findIndex((t) => Date.parse(t.time) >= ms);
  const a = track.times[Math.max(0, i - 1)];
  const b = track.times[i];
  if (!a || !b) throw new Error(`no known times around ${iso}`);
  const km = a.km + ((b.km - a.km) * (ms - Date.parse(a.time))) / (Date.parse(b.time) - Date.parse(a.time));
  const c = along(lineString(track.line), km).geometry.coordinates;
  return [c[0] ?? 0, c[1] ?? 0];
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('at 05:30 UTC the replay says the position is not recorded, and what the line is drawn along', async ({
      page,
    }) => {
      await openExplorer(page, '#t=2024-12-25T05:30:00Z');
      const data = await evidenceData(page);
      const stretch = data.stretches.find(
        (s) => s.from <= '2024-12-25T05:30:00Z' && '2024-12-25T05:30:00Z' < s.to,
      );
      if (!stretch) throw new Error('no stretch at 05:30');
      await expect(slider(page)).toHaveAttribute('aria-valuetext', /^05:30:00 UTC — .*Position not recorded/);
      await expect(slider(page)).toHaveAttribute(
        'aria-valuetext',
        new RegExp(stretch.drawnAlong.slice(0, 30)),
      );
      await expect(bar(page)).toContainText('Position not recorded');
      await expect(bar(page)).toContainText(stretch.drawnAlong);
      await expect(bar(page)).toContainText('Altitude: no source gives the altitude at this moment');
    });

    test('at 04:00 UTC it says the position was received, not that it is unknown', async ({ page }) => {
      await openExplorer(page, '#t=2024-12-25T04:00:00Z');
      await expect(slider(page)).toHaveAttribute(
        'aria-valuetext',
        /^04:00:00 UTC — .*Position received \(ADS-B\)/,
      );
      await expect(slider(page)).not.toHaveAttribute('aria-valuetext', /not recorded/i);
      await expect(bar(page)).toContainText('Position received (ADS-B)');
      await expect(bar(page)).not.toContainText(/not recorded|unknown/i);
    });

    test('at 05:13:31 UTC it shows the altitude the Kazakh commission gives, with its source', async ({
      page,
    }) => {
      await openExplorer(page, '#t=2024-12-25T05:13:31Z');
      await expect(bar(page).locator('.altitude')).toHaveText(
        /^Altitude: climbing through 3,500 ft .*\(FlightGlobal\)$/,
      );
      await expect(slider(page)).toHaveAttribute('aria-valuetext', /Altitude: climbing through 3,500 ft/);
      // One step on, no source gives one: the bar says so instead of repeating the last value.
      await slider(page).focus();
      await page.keyboard.press('ArrowRight');
      await expect(bar(page).locator('.altitude')).toHaveText(/no source gives the altitude/);
    });

    test('the marker is filled where a position was received and hollow where none was recorded', async ({
      page,
    }) => {
      const colours: Record<string, number[]> = {};
      for (const t of ['2024-12-25T04:00:00Z', '2024-12-25T05:30:00Z']) {
        // The view centred on where the replay puts the aircraft at that time.
        await page.goto('./');
        const [lng, lat] = await aircraftAt(page, t);
        await openExplorer(page, `#map=7/${lat.toFixed(4)}/${lng.toFixed(4)}&t=${t}`);
        await page.waitForTimeout(300);
        const box = await page.locator('.map').boundingBox();
        if (!box) throw new Error('no map');
        const at = project(box, viewInUrl(page.url()), [lng, lat]);
        colours[t] = await colourAt(page, at);
      }
      const [r1, g1] = colours['2024-12-25T04:00:00Z'] ?? [];
      const [r2, g2, b2] = colours['2024-12-25T05:30:00Z'] ?? [];
      // Received: the route's red at the centre. Not recorded: the pale halo colour.
      expect((r1 ?? 0) - (g1 ?? 0)).toBeGreaterThan(80);
      expect(Math.min(r2 ?? 0, g2 ?? 0, b2 ?? 0)).toBeGreaterThan(200);
    });

    test('the legend names each kind of evidence, each with its stretches, times and sources', async ({
      page,
    }) => {
      await openExplorer(page);
      const data = await evidenceData(page);
      const legend = page.getByRole('region', { name: 'Legend' });
      const used = data.kinds.filter((k) => data.stretches.some((s) => s.kind === k.id));
      expect(used.length).toBe(4);
      for (const kind of used) {
        const entry = legend.getByRole('listitem').filter({ hasText: kind.legend }).first();
        await expect(entry).toBeVisible();
        await entry.getByText(`When, and the sources`).click();
        const first = data.stretches.find((s) => s.kind === kind.id);
        const hhmm = (iso: string) => iso.slice(11, 16);
        await expect(entry).toContainText(`${hhmm(first?.from ?? '')}–${hhmm(first?.to ?? '')} UTC`);
        await expect(entry).toContainText('Source: ');
      }
      await expect(legend).toContainText('Flightlevel.be');
      await expect(legend).toContainText('Kursiv');
    });

    test('a click on a stretch of the path opens its popup: the kind of evidence, times, what was received, sources', async ({
      page,
    }) => {
      const stretches = (await (await page.request.get('data/evidence.geojson')).json()) as {
        features: {
          properties: { id: string; kind: string; received: string; drawnAlong: string };
          geometry: { coordinates: [number, number][] };
        }[];
      };
      const data = await evidenceData(page);
      // North along the coast from Baku, received by ADS-B: the middle of it is no place's (Derbent,
      // the nearest, is 56 km off). The Caspian stretch lies under the Caspian crossing, a place.
      const stretch = stretches.features.find((f) => f.properties.id === 'coast');
      if (!stretch) throw new Error('no coast stretch');
      const line = lineString(stretch.geometry.coordinates);
      const [lng, lat] = along(line, length(line) / 2).geometry.coordinates as [number, number];
      await openExplorer(page, `#map=7/${lat.toFixed(4)}/${lng.toFixed(4)}`);
      const box = await page.locator('.map').boundingBox();
      if (!box) throw new Error('no map');
      const at = project(box, viewInUrl(page.url()), [lng, lat]);
      // A few pixels off the line still counts: a finger is wider than a 2 px line.
      await page.mouse.click(at.x + 4, at.y + 3);
      const kind = data.kinds.find((k) => k.id === stretch.properties.kind);
      const dialog = page.getByRole('dialog', { name: kind?.legend ?? '?' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('03:55–04:25 UTC');
      await expect(dialog).toContainText(stretch.properties.received);
      await expect(dialog).toContainText(stretch.properties.drawnAlong);
      // Every source of the stretch, linked to its publisher where we have the address.
      const sources = data.stretches.find((s) => s.id === 'coast')?.sources ?? [];
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        await expect(dialog).toContainText(source.label);
        if (source.url)
          await expect(dialog.getByRole('link', { name: source.label })).toHaveAttribute('href', source.url);
      }
      // The whole popup is on screen, and it is not part of the address.
      const d = await dialog.boundingBox();
      expect(d?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((d?.x ?? 0) + (d?.width ?? 0)).toBeLessThanOrEqual(viewport.width + 1);
      expect(page.url()).not.toContain('place=');
      // Escape closes it; a click on empty sea opens nothing.
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      // (Opening it may have moved the map and the page: measure again, and click the middle of the
      // map's edge farthest from the line's middle.)
      const after = await page.locator('.map').boundingBox();
      if (!after) throw new Error('no map');
      const mid = project(after, viewInUrl(page.url()), [lng, lat]);
      const edges = [
        { x: after.x + 30, y: after.y + after.height / 2 },
        { x: after.x + after.width - 30, y: after.y + after.height / 2 },
        { x: after.x + after.width / 2, y: after.y + 30 },
        { x: after.x + after.width / 2, y: after.y + after.height - 40 },
      ];
      const far = edges.reduce((a, b) =>
        Math.hypot(b.x - mid.x, b.y - mid.y) > Math.hypot(a.x - mid.x, a.y - mid.y) ? b : a,
      );
      await page.mouse.click(far.x, far.y);
      await page.waitForTimeout(300);
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('the planned route follows the coast and does not cross the mountains of Dagestan', async ({
      page,
    }) => {
      await openExplorer(page);
      const route = (await (await page.request.get('data/route.geojson')).json()) as {
        features: { properties: { kind: string }; geometry: { coordinates: [number, number][] } }[];
      };
      const planned = route.features.find((f) => f.properties.kind === 'planned');
      const coords = planned?.geometry.coordinates ?? [];
      expect(coords[0]).toEqual(BAKU_AIRPORT);
      expect(coords.at(-1)).toEqual(GROZNY_AIRPORT);
      // Densified: a vertex about every 10 km, so no vertex inside means no stretch across.
      for (const c of coords) expect(booleanPointInPolygon(point(c), DAGESTAN_MOUNTAINS), `${c}`).toBe(false);
      // The outline would catch a straight line: the great-circle midpoint of Baku → Grozny is inside it.
      expect(booleanPointInPolygon(point([47.9, 41.95]), DAGESTAN_MOUNTAINS)).toBe(true);
      // And it is what the map draws: the legend names it as reported.
      await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
        'Scheduled route, as reported',
      );
    });
  });
}

test('the altitude profile marks each sourced altitude at its time and joins none of them', async ({
  page,
}) => {
  await openExplorer(page, '#t=2024-12-25T05:13:31Z');
  const data = (await (await page.request.get('data/evidence.json')).json()) as {
    altitude: { readings: { time?: string; feet?: number; text: string }[] };
  };
  const timed = data.altitude.readings.filter((r) => r.time && r.feet !== undefined);
  const profile = page.getByRole('img', { name: 'Altitude' });
  await expect(profile).toBeVisible();
  await expect(profile.locator('.reading')).toHaveCount(timed.length);
  // No line through times no source covers: no path or polyline, only the marks.
  await expect(profile.locator('path, polyline')).toHaveCount(0);
  // The marks sit left to right in time order, the highest (30,000 ft at 04:25) highest up.
  const box = await profile.boundingBox();
  const marks = await profile.locator('.reading').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }),
  );
  for (let i = 1; i < marks.length; i++) expect(marks[i]?.x ?? 0).toBeGreaterThan(marks[i - 1]?.x ?? 0);
  const highest = timed.reduce((a, b) => ((b.feet ?? 0) > (a.feet ?? 0) ? b : a));
  const iHigh = timed.indexOf(highest);
  expect(Math.min(...marks.map((m) => m.y))).toBe(marks[iHigh]?.y);
  // The time line stands at 05:13:31, where the 3,500 ft mark is.
  const now = await profile.locator('.now').boundingBox();
  const bang = marks[timed.findIndex((r) => r.time === '2024-12-25T05:13:31Z')];
  expect(Math.abs((now?.x ?? 0) - (bang?.x ?? 0))).toBeLessThan(3);
  expect(box?.height ?? 0).toBeGreaterThan(10);
});
