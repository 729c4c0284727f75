import type { Page } from '@playwright/test';

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
