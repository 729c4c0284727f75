// npm run screenshots — the README's pictures, taken from the production build in Chromium.
import { chromium } from 'playwright-core';
import { assertChromium, CHROME_ARGS, CHROME_PATH } from './browser.mjs';
import { serveDist } from './serve-dist.mjs';

assertChromium();
// `node tests/screenshots.mjs name…` retakes only the named pictures.
const only = new Set(process.argv.slice(2));
const wanted = (name) => only.size === 0 || only.has(name);
const { url, close } = await serveDist({ root: 'dist' });
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });

async function shot(name, hash, { width = 1280, height = 800, colorScheme = 'light', before } = {}) {
  if (!wanted(name)) return;
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  await page.goto(url + hash);
  await page.waitForSelector('.map[aria-busy="false"]', { timeout: 60_000 });
  if (before) await before(page);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `docs/${name}.png` });
  await page.close();
  console.log(`docs/${name}.png`);
}

try {
  await shot('opening-view', '');
  await shot('popup', '', {
    before: (p) => p.getByRole('button', { name: 'Grozny', exact: true }).click(),
  });
  await shot('timeline', '#t=2024-12-25T05:42:40Z', {
    before: (p) => p.locator('.timeline li[aria-current="step"]').scrollIntoViewIfNeeded(),
  });
  await shot('claims', '#panel=claims');
  // Chosen from the list, as a reader would: the sheet, with the place's point kept above it.
  await shot('phone', '', {
    width: 360,
    height: 740,
    before: async (p) => {
      await p.getByRole('button', { name: 'Grozny', exact: true }).click();
      await p.locator('[role="dialog"] figure').first().waitFor();
    },
  });
  await shot('dark', '', {
    colorScheme: 'dark',
    before: async (p) => {
      await p.getByRole('button', { name: 'Aktau', exact: true }).click();
      await p.locator('[role="dialog"] figure').first().waitFor();
    },
  });
  await shot('phone-dark', '#panel=claims', { width: 360, height: 740, colorScheme: 'dark' });
  // The map at three zooms: the region among its neighbours, the Terek–Dagestan coast, and the
  // crash site on OpenStreetMap's coast (detail tiles; the scale bar shows the kilometre).
  await shot('zoom-4', '#map=4/42.5/47.5');
  await shot('zoom-7', '#map=7/43.5/47.5');
  await shot('zoom-12-crash-site', '#map=12/43.8825/51.01');
  // The newsroom kit: an exported still (the PNG "Download image" saves, as saved), and the embed
  // layout at a narrow article column.
  if (wanted('export-sample')) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${url}#place=grozny`);
    await page.waitForSelector('.map[aria-busy="false"]', { timeout: 60_000 });
    await page.locator('[role="dialog"] figure').first().waitFor();
    await page.waitForTimeout(1000);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download image', exact: true }).click(),
    ]);
    await download.saveAs('docs/export-sample.png');
    await page.close();
    console.log('docs/export-sample.png');
  }
  await shot('embed', 'embed.html#place=aktau', {
    width: 480,
    height: 900,
    before: (p) => p.locator('[role="dialog"] figure').first().waitFor(),
  });
  await shot('embed-code', '#place=aktau', {
    width: 360,
    height: 740,
    before: async (p) => {
      await p.getByRole('button', { name: 'Embed', exact: true }).click();
      await p.getByRole('button', { name: 'Copy embed code', exact: true }).scrollIntoViewIfNeeded();
    },
  });
} finally {
  await browser.close();
  await close();
}
