import { expect, type Locator, type Page } from '@playwright/test';
import type { PlaceFeature } from '../../geo/schema.ts';

export interface View {
  zoom: number;
  lat: number;
  lng: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** An element's box in the page; it must be rendered. */
export async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox();
  expect(b).not.toBeNull();
  return b as Box;
}

const mercX = (lng: number, world: number) => ((lng + 180) / 360) * world;
function mercY(lat: number, world: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
}

/** Where MapLibre draws [lng, lat] in the page for a north-up view of a map in `box` (512 px tiles). */
export function project(
  box: Box,
  view: View,
  [lng, lat]: readonly [number, number],
): { x: number; y: number } {
  const world = 512 * 2 ** view.zoom;
  return {
    x: box.x + box.width / 2 + mercX(lng, world) - mercX(view.lng, world),
    y: box.y + box.height / 2 + mercY(lat, world) - mercY(view.lat, world),
  };
}

/** The view the page's address holds now (the permalink's `map=`). */
export function viewInUrl(url: string): View {
  const m = new URL(url).hash.match(/map=([\d.-]+)\/([\d.-]+)\/([\d.-]+)/);
  if (!m) throw new Error(`no view in ${url}`);
  return { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) };
}

/** A view that frames the story's six places in a map `width` px wide. */
export function storyView(width: number, height = Number.POSITIVE_INFINITY): View {
  const fitWide = Math.log2((0.8 * width * 360) / (512 * 6.9));
  // The places span ~3.6° of latitude, ~5° of longitude's width at 42°N: with a margin, 6.
  const fitHigh = Math.log2((0.8 * height * 360) / (512 * 6));
  const zoom = Math.round(Math.min(fitWide, fitHigh) * 100) / 100;
  return { zoom, lat: 42.2, lng: 47.85 };
}

/** Moves the map by editing the address, as a reader pasting a permalink would. */
export async function setView(page: Page, v: View): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#map=${v.zoom}/${v.lat}/${v.lng}`);
  await page.waitForFunction((z) => window.location.hash.startsWith(`#map=${z}/`), v.zoom);
  await page.waitForTimeout(200);
}

/** The opening view as the address says it once the reader has nudged the map and put it back. */
export async function openingView(page: Page) {
  const settled = async () => {
    // The address is written at most every 300 ms: it has settled when two reads 800 ms apart agree.
    let last = '';
    await expect
      .poll(async () => {
        const now = page.url();
        const same = now === last;
        last = now;
        if (!same) await page.waitForTimeout(800);
        return same;
      })
      .toBe(true);
    return last;
  };
  await page.locator('.map canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/map=/);
  const nudged = await settled();
  await page.keyboard.press('ArrowLeft');
  await expect(page).not.toHaveURL(nudged);
  return viewInUrl(await settled());
}

/**
 * The story's main places as the page has them, each with the width its label takes beside its
 * point as the map sets it (14 px Noto Sans, 0.9 em from the point).
 */
export async function mainPlaceLabels(page: Page): Promise<{ place: PlaceFeature; label: number }[]> {
  const features = await page.evaluate(
    async () => ((await (await fetch('data/places.geojson')).json()) as { features: unknown[] }).features,
  );
  const main = (features as PlaceFeature[]).filter((f) => f.properties.main);
  const widths = await page.evaluate(
    (names) => {
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      ctx.font = '14px "Noto Sans", sans-serif';
      return names.map((n) => ctx.measureText(n).width);
    },
    main.map((f) => f.properties.name),
  );
  return main.map((place, i) => ({ place, label: (widths[i] ?? 0) + 14 * 0.9 }));
}
