import { readFileSync } from 'node:fs';
import { expect, type Locator, test } from '@playwright/test';
import type { FlightTrack } from '../../geo/schema.ts';
import { prepareTrack, replayAt } from '../../src/story/replay.ts';
import { articleTexts, colourAt, openExplorer } from './helpers.ts';

const ZOOM = 5.3;
const CENTER = { lat: 42.4, lng: 47.6 };

/** Where MapLibre draws [lng, lat] on the canvas for the fixed view above (Web Mercator, 512 px tiles). */
function project(box: { x: number; y: number; width: number; height: number }, [lng, lat]: [number, number]) {
  const world = 512 * 2 ** ZOOM;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (la: number) => {
    const s = Math.sin((la * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  };
  return {
    x: box.x + box.width / 2 + x(lng) - x(CENTER.lng),
    y: box.y + box.height / 2 + y(lat) - y(CENTER.lat),
  };
}

const isWhite = (rgb: number[]) => rgb.every((v) => v > 225);
const utcMs = (hms: string) => Date.parse(`2024-12-25T${hms}Z`);

async function setSlider(slider: Locator, ms: number): Promise<void> {
  await slider.fill(String(ms));
}

test.describe('timeline and replay', () => {
  test('the slider moves the aircraft along the flown path, and the URL keeps t', async ({ page }) => {
    await openExplorer(page, `#map=${ZOOM}/${CENTER.lat}/${CENTER.lng}`);
    const track = await page.evaluate(
      async () => (await (await fetch('data/track.json')).json()) as FlightTrack,
    );
    const replay = prepareTrack(track);
    const box = await page.locator('.map canvas').boundingBox();
    if (!box) throw new Error('no map');
    const slider = page.getByRole('slider', { name: 'Flight time' });

    // Between Makhachkala and Grozny, then over the Caspian: away from every place symbol, and at
    // times no position was recorded, where the aircraft is drawn hollow (white at its centre).
    const first = project(box, replayAt(replay, utcMs('04:38:00')).point);
    await setSlider(slider, utcMs('04:38:00'));
    await expect(page).toHaveURL(/t=2024-12-25T04:38:00Z/);
    await expect.poll(() => colourAt(page, first).then(isWhite)).toBe(true);

    const second = project(box, replayAt(replay, utcMs('06:00:00')).point);
    expect(Math.hypot(second.x - first.x, second.y - first.y)).toBeGreaterThan(100);
    await setSlider(slider, utcMs('06:00:00'));
    await expect(page).toHaveURL(/t=2024-12-25T06:00:00Z/);
    await expect.poll(() => colourAt(page, second).then(isWhite)).toBe(true);
    // The aircraft left its earlier position: what is there now is the path drawn behind it.
    expect(isWhite(await colourAt(page, first))).toBe(false);
    // The view is untouched by the replay.
    expect(page.url()).toContain(`map=${ZOOM}/${CENTER.lat}/${CENTER.lng}`);
  });

  test('a permalink with t reopens at that moment, with the event it follows highlighted', async ({
    page,
  }) => {
    await openExplorer(page, '#t=2024-12-25T05:13:56Z');
    const slider = page.getByRole('slider', { name: 'Flight time' });
    // The value text names the time and the event it follows.
    const event = await page.locator('.timeline li[aria-current="step"] strong').textContent();
    expect(event?.length).toBeGreaterThan(3);
    await expect(slider).toHaveAttribute(
      'aria-valuetext',
      new RegExp(
        `^05:13:56 UTC — ${(event ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — Position not recorded`,
      ),
    );
    await expect(slider).toHaveValue(String(utcMs('05:13:56')));
    const current = page.locator('.timeline li[aria-current="step"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('05:13:56');
    expect(new URL(page.url()).hash).toBe('#t=2024-12-25T05:13:56Z');
  });

  test('a time outside the flight opens at the nearest end, and the address says so', async ({ page }) => {
    await openExplorer(page, '#t=2030-01-01T00:00:00Z');
    await expect(page).toHaveURL(/#t=2024-12-25T06:28:00Z$/);
    await expect(page.getByRole('slider', { name: 'Flight time' })).toHaveAttribute(
      'aria-valuetext',
      /^06:28:00 UTC — \S/,
    );
  });

  test('the timeline lists the flight with sources, approximate times marked, then the later findings', async ({
    page,
  }) => {
    await openExplorer(page);
    const timeline = page.getByRole('region', { name: /Timeline/ });
    const items = timeline.locator('ol').first().locator('li');
    // The timeline loads after the map's first idle: wait for it rather than count at once.
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(10);
    for (const text of ['Take-off', 'bang', 'Aktau', 'rash']) await expect(timeline).toContainText(text);
    await expect(timeline.locator('abbr[title="approximate"]').first()).toBeVisible();
    await expect(timeline.getByRole('heading', { name: 'After the crash' })).toBeVisible();
    // Every event says whose account it is, and names its source.
    for (const li of await items.all()) {
      await expect(li.locator('.event-sources')).toContainText(/According to .+\. Source:/);
    }
  });

  test('with reduced motion, Play jumps from event to event instead of animating', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openExplorer(page, '#t=2024-12-25T03:55:00Z');
    const times = await page.evaluate(async () =>
      (
        (await (await fetch('data/timeline.json')).json()) as { events: { time: string; phase: string }[] }
      ).events
        .filter((e) => e.phase === 'flight')
        .map((e) => e.time),
    );
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(page).not.toHaveURL(/t=2024-12-25T03:55:00Z/, { timeout: 5000 });
    const t = new URL(page.url()).hash.match(/t=([^&]+)/)?.[1];
    expect(times).toContain(t);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
  });
});

test.describe('claims across the articles', () => {
  test('lists every claim with a verbatim cell or "Not stated" per article, and flags the disagreements', async ({
    page,
  }) => {
    await openExplorer(page);
    await page.getByRole('link', { name: 'Compare what each article claims' }).click();
    await expect(page).toHaveURL(/panel=claims/);
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    const texts = await articleTexts(page);
    const ids = Object.keys(texts).sort();
    expect(ids).toHaveLength(5);

    const rows = table.locator('tbody tr');
    const labels = await rows.locator('th').allTextContents();
    for (const claim of [
      /^Deaths/,
      /^Survivors/,
      /^People on board/,
      /^Aircraft type/,
      /fog|weather/i,
      /Bird strike/,
      /Drone/,
      /Surface-to-air missile/,
      /Pantsir/,
      /GPS jamming/,
      /External interference/,
      /Holes/,
      /Who /,
      /Kremlin admit/,
      /^Why the plane did not land/,
      /^Where it crashed/,
    ]) {
      expect(
        labels.some((l) => claim.test(l)),
        `claim ${claim}`,
      ).toBe(true);
    }

    for (const row of await rows.all()) {
      const cells = row.locator('td');
      // Five articles, then the later-findings column.
      await expect(cells).toHaveCount(6);
      for (let i = 0; i < 5; i++) {
        const cell = cells.nth(i);
        const quotes = await cell.locator('blockquote').allTextContents();
        if (quotes.length === 0) await expect(cell).toHaveText('Not stated');
        for (const q of quotes) expect(texts[ids[i] ?? '']).toContain(q);
      }
    }

    const flagged = (label: RegExp) => rows.filter({ has: page.locator('th', { hasText: label }) });
    for (const [label, article, words] of [
      [/^Survivors/, 2, '28'],
      [/^Aircraft type/, 2, 'EMBR3.SA'],
      [/Kremlin admit/, 3, 'confessed'],
      [/Holes/, 0, 'nose'],
      [/Holes/, 3, 'tail'],
      [/^Why the plane did not land/, 0, 'denied landing due to fog'],
      [/^Why the plane did not land/, 2, 'drone attacks'],
      [/^Why the plane did not land/, 3, 'unknown reasons'],
      [/^Drone attacks/, 2, 'unable to do so due to ongoing Ukrainian drone attacks'],
      [/^Where it crashed/, 0, 'in the Aktau city'],
      [/^Where it crashed/, 2, 'in Russian airspace'],
      [/^Where it crashed/, 3, 'in Russian airspace'],
    ] as const) {
      const row = flagged(label);
      await expect(row.locator('th .flag')).toBeVisible();
      const cell = row.locator('td').nth(article);
      await expect(cell.locator('.flag')).toBeVisible();
      await expect(cell).toContainText(words);
    }
    // A remark that is not a disagreement is a note beside the row, with no flag on any cell.
    const pantsir = flagged(/Pantsir/);
    await expect(pantsir.locator('th .row-note')).toContainText('Not a disagreement');
    await expect(pantsir.locator('.flag')).toHaveCount(0);
    // Later findings stand apart from the quotes, each saying whose finding it is.
    await expect(flagged(/^Survivors/).locator('td.later')).toContainText('29');
    await expect(flagged(/Kremlin admit/).locator('td.later')).toContainText('according to The Independent');
    // Seven rows carry a flag.
    await expect(rows.filter({ has: page.locator('th .flag') })).toHaveCount(7);
    // Article 001 has no date line: its column says how its date was read.
    await expect(table.locator('thead th').nth(2)).toContainText(
      'no date line: "on Saturday", after the Wednesday crash',
    );
  });
});

test.describe('sources', () => {
  test('a fact read only via a copy cites the original publisher and says "read via a copy"', async ({
    page,
  }) => {
    await openExplorer(page);
    const item = page.getByRole('listitem').filter({ hasText: 'Aliyev: shot down by Russia' });
    await expect(item).toContainText(/AP \(29 Dec 2024\): [^()]+ \(read via a copy: the Millennium Post/);
    // Whose account it is, before where it was read.
    await expect(item).toContainText('According to President Aliyev');
    // The copy itself is not linked; the publishers' links that are there are https.
    for (const href of await page
      .locator('a[target="_blank"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^https:\/\//);
    }
  });
});

test.describe('the articles', () => {
  test('a citation opens its article with the passage highlighted, and that link reopens it', async ({
    page,
  }) => {
    await openExplorer(page);
    await page.getByRole('button', { name: 'Grozny', exact: true }).click();
    const figure = page.getByRole('dialog', { name: 'Grozny' }).locator('figure').nth(1);
    const quote = (await figure.locator('blockquote').textContent()) ?? '';
    expect(quote.length).toBeGreaterThan(20);
    await figure.getByRole('link', { name: 'Read it in the article' }).first().click();
    await expect(page).toHaveURL(/source=\d+&passage=\d+-\d+/);
    const mark = page.locator('.article-text mark');
    await expect(mark).toHaveText(quote);
    await expect(mark).toBeInViewport();

    const link = page.url();
    const other = await page.context().newPage();
    await other.goto(link);
    await expect(other.locator('.article-text mark')).toHaveText(quote);
    await expect(other.locator('.article-text mark')).toBeInViewport();
    await other.close();

    // The article names its places, each a way back to the map.
    const places = page.getByRole('navigation', { name: 'Places in this article' });
    await expect(places.getByRole('link', { name: 'Grozny' })).toBeVisible();
    await places.getByRole('link', { name: 'Baku' }).click();
    await expect(page.getByRole('dialog', { name: 'Baku' })).toBeVisible();
    await expect(page.locator('.article-text')).toHaveCount(0);
  });

  test('scraping residue is not shown as the first words, and the highlight still lands on the quote', async ({
    page,
  }) => {
    const verbatim = readFileSync('geo/sources/003_6c9abc7529b468ee.txt', 'utf8');
    expect(verbatim.startsWith(' date 2024-12-28 The horrific crash')).toBe(true);
    const start = verbatim.indexOf('The horrific crash');
    const end = verbatim.indexOf('.', start) + 1;
    await openExplorer(page, `#source=003&passage=${start}-${end}`);
    const body = page.locator('.article-text');
    await expect(body).toHaveText(/^The horrific crash of an Azerbaijan Plane/);
    await expect(body.locator('mark')).toHaveText(verbatim.slice(start, end));
    await expect(page.locator('.residue')).toContainText('“date 2024-12-28”');
  });

  test('article 001, which has no date line, says how its date was read', async ({ page }) => {
    await openExplorer(page, '#source=001');
    await expect(page.locator('.article-meta')).toContainText(
      '28 December 2024 (no date line: "on Saturday", after the Wednesday crash)',
    );
  });
});
