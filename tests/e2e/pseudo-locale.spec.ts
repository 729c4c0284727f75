/**
 * The layout against longer words and the other direction, the way a translator's pseudo-locale
 * checks it: every word of the rendered page (the explorer's own and the story's) made about 40%
 * longer, with accents, and the page turned right to left. No production code knows of it: the
 * page is rewritten in the browser after it has opened.
 */
import { expect, type Page, test } from '@playwright/test';
import { openExplorer } from './helpers.ts';
import { box } from './map-geometry.ts';

/**
 * Opens Grozny and waits for its popup, which only the app draws: the rewrite must come after the
 * app has taken over the prerendered page, or hydrating it would find other words than it wrote
 * and render the page afresh, in its own.
 */
async function openGrozny(page: Page): Promise<void> {
  await openExplorer(page, '#place=grozny');
  await expect(page.getByRole('dialog', { name: 'Grozny' })).toBeVisible();
}

/** Rewrites every text node under the page's root: accented letters, each word ~40% longer. */
async function pseudoLocalise(page: Page, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.evaluate((dir) => {
    const ACCENTS: Record<string, string> = {
      a: 'á',
      e: 'é',
      i: 'í',
      o: 'ö',
      u: 'ü',
      c: 'ç',
      n: 'ñ',
      s: 'š',
      z: 'ž',
      y: 'ý',
      A: 'Á',
      E: 'É',
      I: 'Í',
      O: 'Ö',
      U: 'Ü',
      C: 'Ç',
      N: 'Ñ',
      S: 'Š',
      Z: 'Ž',
      Y: 'Ý',
    };
    // Vowels doubled until the word is 40% longer: words stay words, so lines wrap where a long
    // translation's would.
    const lengthen = (word: string) => {
      let out = '';
      let extra = Math.round(word.length * 0.4);
      for (const ch of word) {
        out += ACCENTS[ch] ?? ch;
        if (extra > 0 && /[aeiouAEIOU]/.test(ch)) {
          out += ACCENTS[ch] ?? ch;
          extra--;
        }
      }
      return out + '~'.repeat(extra);
    };
    const walker = document.createTreeWalker(
      document.getElementById('root') ?? document.body,
      NodeFilter.SHOW_TEXT,
    );
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    for (const n of nodes) n.data = n.data.replace(/[A-Za-z]+/g, lengthen);
    document.documentElement.dir = dir;
  }, dir);
}

/** Controls whose text does not fit them: cut off or spilling out, named by their text. */
function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#root button, #root a, #root label, #root h1, #root h2')]
      // Seen, and not the map's (its labels are the map's to place): a visually hidden heading or
      // an unfocused skip link is 1 px and clipped on purpose.
      .filter((el) => el.offsetParent !== null && el.closest('.map') === null && el.clientWidth > 1)
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => (el.textContent ?? '').trim().slice(0, 40)),
  );
}

for (const [width, height] of [
  [360, 740],
  [1280, 800],
] as const) {
  for (const dir of ['ltr', 'rtl'] as const) {
    test.describe(`a pseudo-locale, ${dir}, at ${width} px`, () => {
      test.use({ viewport: { width, height } });

      test('longer words wrap inside the page: nothing runs off it or out of its control', async ({
        page,
      }) => {
        await openGrozny(page);
        await pseudoLocalise(page, dir);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await clippedControls(page)).toEqual([]);
        // The masthead's title and the language switch side by side, apart.
        // The title's words, not its box (which keeps room for the switch in its padding).
        const title = await page.getByRole('heading', { level: 1 }).evaluate((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        });
        const langs = await box(page.locator('.lang-switch'));
        const apart =
          title.x + title.width <= langs.x + 1 ||
          langs.x + langs.width <= title.x + 1 ||
          title.y + title.height <= langs.y + 1 ||
          langs.y + langs.height <= title.y + 1;
        expect(apart).toBe(true);
        // Still the pseudo-locale's words: the app has not rendered its own over them meanwhile.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/[ÁáÉéÍíÖöÜü]{2}/);
      });
    });
  }
}

test.describe('a right-to-left page at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('mirrors the text’s layout, and not the map: the panel on the right, quotes ruled on their right', async ({
    page,
  }) => {
    await openGrozny(page);
    const mapBefore = await box(page.locator('.map canvas'));
    const panelBefore = await box(page.locator('.panel'));
    expect(panelBefore.x).toBeLessThan(mapBefore.x);
    await pseudoLocalise(page, 'rtl');
    const panel = await box(page.locator('.panel'));
    const map = await box(page.locator('.map canvas'));
    expect(panel.x).toBeGreaterThan(map.x);
    const rule = await page
      .getByRole('dialog', { name: /Gr/ })
      .locator('blockquote')
      .first()
      .evaluate((q) => {
        const s = getComputedStyle(q);
        return { left: parseFloat(s.borderLeftWidth), right: parseFloat(s.borderRightWidth) };
      });
    expect(rule.right).toBeGreaterThan(0);
    expect(rule.left).toBe(0);
    // The map is geography: its scale bar stays bottom left, as west stays left.
    const scale = await box(page.locator('.map .maplibregl-ctrl-scale'));
    expect(scale.x - map.x).toBeLessThan(map.width / 2);
  });
});
