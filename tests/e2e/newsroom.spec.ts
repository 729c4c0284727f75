import { createServer, type Server } from 'node:http';
import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readPngText } from '../../src/export/png-text.ts';
import { axeViolations, watchPage } from './guards.ts';
import { openExplorer } from './helpers.ts';

// The newsroom kit (issue 15): the embed in another origin's page, the exported still, the
// citation, the data download and print.

type Row = Record<string, string>;
const parseCsv = (text: string): Row[] => parse(text, { columns: true }) as Row[];

/** A host page on another origin (localhost vs the app's 127.0.0.1, another port). */
let host: Server;
let hostUrl = '';
test.beforeAll(async ({ baseURL }) => {
  const app = new URL(baseURL ?? '');
  host = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const hash = u.searchParams.get('hash') ?? '';
    const width = Number(u.searchParams.get('w') ?? 480);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>Host article</title></head><body>
<p>An article around the map.</p><input id="q" aria-label="Search the host" autofocus>
<div style="width:${width}px"><iframe id="map" src="${app.href}embed.html?childId=flight${hash}"
 title="The map" width="100%" height="300" style="border:0;width:100%"></iframe></div>
<p>More of the article.</p>
<script src="${app.href}embed/resize.js"></script></body></html>`);
  });
  await new Promise<void>((ok) => host.listen(0, 'localhost', ok));
  const addr = host.address();
  hostUrl = `http://localhost:${typeof addr === 'object' && addr ? addr.port : 0}/`;
});
test.afterAll(async () => {
  await new Promise((ok) => host.close(ok));
});

async function embedFrame(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('/embed.html'));
  if (!frame) throw new Error('no embed frame');
  await expect(frame.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  return frame;
}

test.describe('the embed', () => {
  test('in a page on another origin, the host script sizes the frame to its content, and follows it', async ({
    page,
    baseURL,
  }) => {
    // Under the app's CSP and offline: no error (a CSP violation is one), nothing fetched from
    // anywhere but the host page and the app's own origin.
    const watch = watchPage(page);
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await page.goto(`${hostUrl}?hash=${encodeURIComponent('#place=grozny')}`);
    const frame = await embedFrame(page);
    const iframe = page.locator('#map');
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.getElementById('root')?.getBoundingClientRect().height ?? 0));
    await expect(iframe).not.toHaveAttribute('height', '300');
    // The frame is as tall as its content: nothing cut off, no scroll bar, no gap. The content goes
    // on growing while the late data arrives (the legend's layers, the replay, the timeline), so the
    // attribute, the frame's drawn height and the content are read together until all three agree.
    const fits = async () => {
      const attr = Number(await iframe.getAttribute('height'));
      const drawn = Math.round((await iframe.boundingBox())?.height ?? 0);
      const content = await contentHeight();
      return attr === content && drawn === content;
    };
    // The timeline's events are in the page (in the closed "Show the timeline") once the late data is.
    await expect(frame.locator('.embed-more .timeline li').first()).toBeAttached({ timeout: 30_000 });
    await expect.poll(fits, { timeout: 30_000 }).toBe(true);
    const box = await iframe.boundingBox();
    expect(box?.width).toBe(480);

    // The content grows (the reader opens the timeline): the frame grows with it. Opened from the
    // keyboard: a click is aimed at a point of the host page, and a frame still settling its height
    // can move under it between Playwright's aim and its press (the click then reached no element
    // of the frame's document: seen in 1 of 24 runs under load).
    const before = Number(await iframe.getAttribute('height'));
    await frame.getByText('Show the timeline').press('Enter');
    await expect(frame.locator('.timeline li').first()).toBeVisible();
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(before + 300);
    await expect.poll(fits).toBe(true);
    expect(watch.errors).toEqual([]);
    expect([...origins].sort()).toEqual([new URL(baseURL ?? '').origin, new URL(hostUrl).origin].sort());
    const csp = await frame.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(csp).toContain("script-src 'self'");
  });

  test('never takes the host page’s focus, and adds no step to its history', async ({ page }) => {
    await page.goto(`${hostUrl}?hash=${encodeURIComponent('#place=aktau&panel=claims')}`);
    const frame = await embedFrame(page);
    // (One card per claim at this width.)
    await expect(frame.getByRole('link', { name: 'Back to the map' })).toBeVisible();
    // The claims view, opened by the permalink, would take focus on the full page; here it may not.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q');
    const steps = await page.evaluate(() => history.length);
    // The reader's own clicks in the frame: a place, closing the claims view, a layer.
    await frame
      .getByRole('link', { name: /back to the map|close/i })
      .first()
      .click();
    await expect(frame.getByRole('table')).toHaveCount(0);
    await frame.getByRole('button', { name: 'Baku', exact: true }).click();
    await expect(frame.getByRole('dialog', { name: 'Baku' })).toBeVisible();
    await frame.getByRole('checkbox').first().uncheck();
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => history.length)).toBe(steps);
    expect(frame.url()).toContain('place=baku');
    expect(page.url()).toBe(`${hostUrl}?hash=${encodeURIComponent('#place=aktau&panel=claims')}`);
  });

  test('“Open the full explorer” opens the same place, layers and view on the full page', async ({
    page,
    context,
  }) => {
    const hash = '#map=6/43.2/46.1&place=grozny&layers=route';
    await page.goto(`./embed.html${hash}`);
    await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    // No masthead: one line with the title and the link.
    await expect(page.locator('.masthead')).toHaveCount(0);
    // "Copy link" in the embed gives the full explorer's address, not the frame's.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe('/newsroom/flight-8243/');
    const link = page.getByRole('link', { name: 'Open the full explorer', exact: true });
    await expect(link).toHaveAttribute('target', '_blank');
    const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await expect(full.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    const fullUrl = new URL(full.url());
    expect(fullUrl.pathname).toBe('/newsroom/flight-8243/');
    expect(fullUrl.hash).toBe(new URL(page.url()).hash);
    await expect(full.locator('.masthead h1')).toBeVisible();
    await expect(full.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
    await expect(full.getByRole('checkbox', { name: 'Flight route' })).toBeChecked();
    await expect(
      full.getByRole('checkbox', { name: "Drone attacks: the Kremlin's claim" }),
    ).not.toBeChecked();
    expect(fullUrl.hash).toContain('map=6/43.2/46.1');
    expect(copied).toBe(full.url());
  });

  for (const width of [320, 480, 700]) {
    test(`at ${width} px every control is inside the frame and usable`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./embed.html#place=grozny');
      await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
      const map = await page.locator('.map').boundingBox();
      expect(map?.width).toBe(width);
      expect(map?.height).toBeGreaterThanOrEqual(300);
      // Nothing wider than the frame: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      for (const name of [
        'Embed',
        'Download image',
        'Cite this view',
        'Download the data',
        'Copy link',
        'Baku',
      ]) {
        const b = await page.getByRole('button', { name, exact: true }).boundingBox();
        expect(b && b.x >= 0 && b.x + b.width <= width, name).toBe(true);
      }
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      const code = await page.getByLabel('Embed code for this view').boundingBox();
      expect(code && code.x + code.width <= width).toBe(true);
    });
  }

  test('the embed page has no accessibility violations', async ({ page }) => {
    await page.goto('./embed.html#place=grozny');
    await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('the kit on the full page', () => {
  test('“Embed” gives the frame of exactly this view, and copies it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page, '#place=mozdok&layers=drones');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const box = page.getByLabel('Embed code for this view');
    await expect(box).toHaveValue(/<iframe/);
    const code = await box.inputValue();
    const [iframe, script] = code.split('\n');
    expect(iframe).toContain(
      `src="${baseURL}embed.html?childId=flight-j2-8243#place=mozdok&amp;layers=drones"`,
    );
    expect(iframe).toMatch(/ title="[^"]+J2-8243[^"]*"/);
    expect(iframe).toContain('width="100%"');
    expect(script).toBe(`<script src="${baseURL}embed/resize.js" async></script>`);
    await expect(box).toHaveAttribute('readonly', '');
    // The code follows the view.
    await page.getByRole('button', { name: 'Aktau', exact: true }).click();
    // (Choosing Aktau pans the map to it, so the view joins the permalink.)
    await expect(box).toHaveValue(
      /embed\.html\?childId=flight-j2-8243#map=[\d./-]+&amp;place=aktau&amp;layers=drones"/,
    );
    await page.getByRole('button', { name: 'Copy embed code', exact: true }).click();
    await expect(page.getByText('Embed code copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await box.inputValue());
    expect(await axeViolations(page)).toEqual([]);
  });

  test('“Cite this view” copies and shows title, publisher, permalink and date accessed', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page, '#place=baku');
    await page.getByRole('button', { name: 'Cite this view', exact: true }).click();
    const shown = (await page.locator('.citation-text').textContent()) ?? '';
    const title = (await page.locator('.masthead h1').textContent()) ?? '';
    expect(
      shown.startsWith(
        `${title}. Flight J2-8243: a source-grounded map explorer. ${baseURL}#place=baku (accessed `,
      ),
    ).toBe(true);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getDate()} ${d.toLocaleString('en-GB', { month: 'long' })} ${d.getFullYear()}`;
    });
    expect(shown.endsWith(`(accessed ${today}).`)).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  });

  test('“Cite this view” still shows the citation when the clipboard is blocked', async ({ page }) => {
    await openExplorer(page);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('blocked')) },
      });
    });
    await page.getByRole('button', { name: 'Cite this view', exact: true }).click();
    await expect(page.getByText(/Could not copy: select the citation below/)).toBeVisible();
    await expect(page.locator('.citation-text')).toContainText('(accessed ');
  });
});

test.describe('Download image', () => {
  test('saves a 2× PNG of the map as drawn with its title, legend, citations, credits and permalink', async ({
    page,
    baseURL,
  }) => {
    await openExplorer(page, '#place=grozny&layers=route');
    await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
    const map = await page.locator('.map').boundingBox();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('flight-j2-8243-grozny.png');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const png = new Uint8Array(readFileSync(path));
    const view = new DataView(png.buffer, png.byteOffset);
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    // Twice the map's CSS pixels across; the map's height plus the words around it, twice.
    expect(width).toBe(2 * Math.round(map?.width ?? 0));
    expect(height).toBeGreaterThan(2 * Math.round(map?.height ?? 0) + 2 * 150);

    // The words drawn travel in the file (iTXt), line by line as drawn.
    const text = readPngText(png);
    const title = (await page.locator('.masthead h1').textContent()) ?? '';
    expect(text.Title).toBe(title);
    const lines = text.Description?.split('\n') ?? [];
    const all = lines.join(' ');
    expect(all.startsWith(title.split(' ').slice(0, 3).join(' '))).toBe(true);
    expect(lines).toContain('Legend');
    // The path by its evidence: every kind the map draws is named, as in the page's legend.
    const evidence = (await (await page.request.get('data/evidence.json')).json()) as {
      kinds: { legend: string }[];
    };
    expect(evidence.kinds.length).toBeGreaterThan(0);
    for (const kind of evidence.kinds) expect(all).toContain(kind.legend);
    expect(all).toContain('Scheduled route, as reported');
    expect(all).not.toContain('drone attack'); // the drone layer is hidden: not in the legend
    expect(lines).toContain('Grozny');
    expect(all).toMatch(/“[^”]+”, [^,]+, \d{1,2} December 2024/);
    for (const credit of ['Natural Earth', 'OpenStreetMap', 'GeoNames', 'Articles: '])
      expect(all).toContain(credit);
    expect(lines.slice(-3).join('')).toContain(`${baseURL}#place=grozny&layers=route`);

    // It decodes, and its map is the map drawn: many colours, mostly not the paper.
    const stats = await page.evaluate(
      async ({ b64, mapH }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d');
        if (!ctx) return null;
        ctx.drawImage(img, 0, 0);
        // Most of the map: below the title line (about 50 CSS px), inside the map's box.
        const d = ctx.getImageData(0, 2 * 60, img.width, Math.round(mapH * 0.8)).data;
        const colours = new Set<number>();
        let paper = 0;
        for (let i = 0; i < d.length; i += 4) {
          const rgb = ((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0);
          colours.add(rgb);
          if (rgb === 0xffffff) paper++;
        }
        return { w: img.width, h: img.height, colours: colours.size, paperShare: paper / (d.length / 4) };
      },
      { b64: Buffer.from(png).toString('base64'), mapH: 2 * (map?.height ?? 0) },
    );
    expect(stats).not.toBeNull();
    expect(stats?.w).toBe(width);
    expect(stats?.colours).toBeGreaterThan(200);
    expect(stats?.paperShare).toBeLessThan(0.2);
  });
});

test('“Download the data” lists every file, each downloadable, and each CSV parses back to its data', async ({
  page,
  request,
}) => {
  await openExplorer(page);
  await page.getByRole('button', { name: 'Download the data', exact: true }).click();
  const links = page.locator('.downloads a');
  await expect(links).toHaveCount(11);
  const names = await links.allTextContents();
  expect(names.sort()).toEqual(
    [
      'README.md',
      'altitude.csv',
      'articles.json',
      'claims.csv',
      'evidence.csv',
      'evidence.geojson',
      'later-findings.csv',
      'passages.csv',
      'places.geojson',
      'route.geojson',
      'timeline.csv',
    ].sort(),
  );
  for (const a of await links.all())
    await expect(a).toHaveAttribute('download', (await a.textContent()) ?? '');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    links.filter({ hasText: 'timeline.csv' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('timeline.csv');

  const get = async (path: string) => {
    const res = await request.get(path);
    expect(res.ok(), path).toBe(true);
    return res.text();
  };
  const json = async <T>(path: string) => JSON.parse(await get(path)) as T;
  const hrefs = Object.fromEntries(
    await Promise.all(
      (await links.all()).map(async (a) => [await a.textContent(), await a.getAttribute('href')]),
    ),
  ) as Record<string, string>;

  // GeoJSON and JSON: the very data the map draws.
  expect(await json(hrefs['places.geojson'] ?? '')).toEqual(await json('data/places.geojson'));
  expect(await json(hrefs['route.geojson'] ?? '')).toEqual(await json('data/route.geojson'));
  expect(await json(hrefs['articles.json'] ?? '')).toEqual(await json('data/sources.json'));

  // passages.csv: every citation of every passage of every place, as the popups load them.
  const places = await json<{ features: { properties: { id: string } }[] }>('data/places.geojson');
  const expected: string[] = [];
  for (const { properties } of places.features) {
    const res = await request.get(`data/passages/${properties.id}.json`);
    if (!res.ok()) continue;
    const pp = (await res.json()) as {
      passages: { text: string; citations: { sourceId: string; start: number; end: number }[] }[];
    };
    for (const p of pp.passages)
      for (const c of p.citations)
        expected.push(JSON.stringify([properties.id, c.sourceId, p.text, c.start, c.end]));
  }
  const passages = parseCsv(await get(hrefs['passages.csv'] ?? '')).map((r) =>
    JSON.stringify([r.place_id, r.article_id, r.quote, Number(r.start), Number(r.end)]),
  );
  expect(expected.length).toBeGreaterThan(20);
  expect(passages.sort()).toEqual(expected.sort());

  // timeline.csv: every event, its time and title.
  const timeline = await json<{
    events: { id: string; time: string; title: string; approximate: boolean }[];
  }>('data/timeline.json');
  expect(
    parseCsv(await get(hrefs['timeline.csv'] ?? '')).map((r) => [
      r.event_id,
      r.time_utc,
      r.title,
      r.approximate,
    ]),
  ).toEqual(timeline.events.map((e) => [e.id, e.time, e.title, String(e.approximate)]));

  // claims.csv and later-findings.csv: the claims matrix, quotes verbatim (new lines and all).
  const claims = await json<{
    claims: {
      id: string;
      cells: { sourceId: string; status: string; quotes: { text: string }[] }[];
      laterFindings?: { date: string; text: string }[];
    }[];
  }>('data/claims.json');
  expect(
    parseCsv(await get(hrefs['claims.csv'] ?? '')).map((r) => [r.claim_id, r.article_id, r.status, r.quotes]),
  ).toEqual(
    claims.claims.flatMap((c) =>
      c.cells.map((cell) => [c.id, cell.sourceId, cell.status, cell.quotes.map((q) => q.text).join('\n')]),
    ),
  );
  expect(
    parseCsv(await get(hrefs['later-findings.csv'] ?? '')).map((r) => [r.claim_id, r.date, r.finding]),
  ).toEqual(claims.claims.flatMap((c) => (c.laterFindings ?? []).map((f) => [c.id, f.date, f.text])));
  // evidence.geojson and evidence.csv: each stretch of the path with its kind of evidence and times,
  // the very stretches the map draws; altitude.csv, every altitude with its time and source.
  expect(await json(hrefs['evidence.geojson'] ?? '')).toEqual(await json('data/evidence.geojson'));
  const evidence = await json<{
    kinds: { id: string; legend: string }[];
    stretches: { id: string; kind: string; from: string; to: string }[];
    altitude: { readings: { id: string; time?: string; feet?: number }[] };
  }>('data/evidence.json');
  const legend = new Map(evidence.kinds.map((k) => [k.id, k.legend]));
  expect(
    parseCsv(await get(hrefs['evidence.csv'] ?? '')).map((r) => [
      r.id,
      r.evidence,
      r.evidence_name,
      r.from_utc,
      r.to_utc,
    ]),
  ).toEqual(evidence.stretches.map((s) => [s.id, s.kind, legend.get(s.kind), s.from, s.to]));
  const altitude = parseCsv(await get(hrefs['altitude.csv'] ?? ''));
  expect(altitude.map((r) => [r.id, r.time_utc, r.feet])).toEqual(
    evidence.altitude.readings.map((r) => [r.id, r.time ?? '', r.feet === undefined ? '' : String(r.feet)]),
  );
  for (const r of altitude) expect(r.source, r.id).not.toBe('');
  expect(await get(hrefs['README.md'] ?? '')).toContain('How to cite');
});

test('printing gives the title, the map as an image, the open place and the chronology, and no controls', async ({
  page,
}) => {
  await openExplorer(page, '#place=grozny');
  await expect(page.getByRole('dialog', { name: 'Grozny' }).locator('figure').first()).toBeVisible();
  await expect(page.locator('.timeline li').first()).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  await expect(page.locator('.masthead h1')).toBeVisible();
  const img = page.locator('img.print-map');
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(500);
  expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  await expect(page.locator('.map canvas')).toBeHidden();

  // The open place's passages, after the map and in full.
  const dialog = page.getByRole('dialog', { name: 'Grozny' });
  await expect(dialog.locator('figure').first()).toBeVisible();
  const imgBox = await img.boundingBox();
  const dialogBox = await dialog.boundingBox();
  expect(dialogBox && imgBox && dialogBox.y >= imgBox.y + imgBox.height - 1).toBe(true);

  // The chronology with its sources, flowing on the page (no scroll box).
  const events = page.locator('.timeline li');
  await expect(events.first()).toBeVisible();
  await expect(events.last()).toBeVisible();
  await expect(page.locator('.timeline .event-sources').first()).toBeVisible();
  for (const sel of ['.panel', '.timeline', '.dialog-body'])
    expect(
      await page
        .locator(sel)
        .first()
        .evaluate((e) => getComputedStyle(e).overflowY),
      sel,
    ).toBe('visible');
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const lastBox = await events.last().boundingBox();
  expect(lastBox && lastBox.y + lastBox.height <= pageHeight).toBe(true);

  // No controls: no place buttons, toggles, kit, replay, popup close; the timeline's times are text.
  for (const name of ['Copy link', 'Embed', 'Download image', 'Cite this view', 'Download the data', 'Baku'])
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  await expect(page.getByRole('checkbox').first()).toBeHidden();
  await expect(page.locator('.replay')).toBeHidden();
  const visibleButtons = await page.evaluate(
    () =>
      [...document.querySelectorAll('button')].filter(
        (b) =>
          b.getClientRects().length > 0 &&
          !b.closest('.timeline') &&
          getComputedStyle(b).visibility !== 'hidden',
      ).length,
  );
  expect(visibleButtons).toBe(0);

  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(img).toHaveCount(0);
  await expect(page.locator('.map canvas')).toBeVisible();
});
