import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the explorer (optionally with a hash) and waits until the map first became idle. */
export async function openExplorer(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('.map')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

/**
 * What the reader sees of an element, as pixels: a screenshot decoded in the page (a WebGL canvas
 * cannot be read back once presented). Returns the RGB values of a downscaled copy.
 */
export async function pixels(page: Page, target: Locator, w = 96, h = 60): Promise<number[]> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, w, h }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const ctx = c.getContext('2d');
      if (!ctx) return [];
      ctx.drawImage(img, 0, 0, w, h);
      const d = ctx.getImageData(0, 0, w, h).data;
      const out: number[] = [];
      for (let i = 0; i < d.length; i += 4)
        out.push(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
      return out;
    },
    { png, w, h },
  );
}

/** The [r, g, b] of every pixel the reader sees in a region of the page, row by row. */
export async function regionPixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<[number, number, number][]> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) return [];
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const out: [number, number, number][] = [];
    for (let i = 0; i < d.length; i += 4) out.push([d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0]);
    return out;
  }, png);
}

/** The colour the reader sees at a point of the page: [r, g, b]. */
export async function colourAt(page: Page, p: { x: number; y: number }): Promise<number[]> {
  const [rgb] = await regionPixels(page, { x: Math.round(p.x), y: Math.round(p.y), width: 1, height: 1 });
  return rgb ?? [];
}

export function distinctColours(px: readonly number[]): number {
  return new Set(px).size;
}

/** Share of pixels that differ between two pictures of the same size. */
export function changedShare(a: readonly number[], b: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n / Math.max(1, a.length);
}

/** The story's six places (id, display name), in the order the list shows them. */
export const PLACES = [
  ['baku', 'Baku'],
  ['grozny', 'Grozny'],
  ['mozdok', 'Mozdok'],
  ['vladikavkaz', 'Vladikavkaz'],
  ['caspian-crossing', 'Caspian Sea crossing'],
  ['aktau', 'Aktau'],
] as const;

/** Every article's text by id, fetched the way the page fetches them (from its own origin). */
export async function articleTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const { sources } = (await (await fetch('data/sources.json')).json()) as {
      sources: { id: string; file: string }[];
    };
    const out: Record<string, string> = {};
    for (const s of sources) out[s.id] = await (await fetch(`data/articles/${s.file}`)).text();
    return out;
  });
}

/** Holds every request matching `pattern` until the returned function is called (a slow network). */
export async function holdRequests(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (r) => {
    await held;
    await r.continue();
  });
  return release;
}
