import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { openExplorer } from './helpers.ts';

/**
 * Page 1 of a print to PDF, read back with poppler-utils (pdftotext, pdfimages): what a reader
 * holds when the first sheet comes out of the printer.
 */
function poppler(tool: 'pdftotext' | 'pdfimages', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (e) {
    throw new Error(
      `${tool} failed (${(e as Error).message}); the print test needs poppler-utils (Debian/Ubuntu: apt-get install poppler-utils)`,
    );
  }
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const format of ['A4', 'Letter'] as const) {
  test(`page 1 of a print to PDF (${format}) holds the title, the map and the open place`, async ({
    page,
  }, testInfo) => {
    await openExplorer(page, '#place=grozny');
    const dialog = page.getByRole('dialog', { name: 'Grozny' });
    await expect(dialog.locator('figure').first()).toBeVisible();
    const title = words((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
    const firstQuote = words((await dialog.locator('blockquote').first().textContent()) ?? '');
    expect(title.length).toBeGreaterThan(10);
    expect(firstQuote.length).toBeGreaterThan(10);

    // As a browser's print does: `beforeprint` at the screen's layout, then the print stylesheet.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('img.print-map')).toBeVisible();
    const path = testInfo.outputPath(`print-${format}.pdf`);
    await page.pdf({ path, format });

    const first = words(poppler('pdftotext', ['-f', '1', '-l', '1', path, '-']));
    expect(first).toContain(title);
    // The open place: its name and the start of what the articles said there.
    expect(first).toMatch(/\bGrozny\b.*\bpassages, quoted verbatim\b/);
    expect(first).toContain(firstQuote.slice(0, 60));
    // The map, as an image as wide as a good part of the page, on the same page.
    const images = poppler('pdfimages', ['-list', '-f', '1', '-l', '1', path])
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[0] === '1')
      .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]) }));
    expect(images.some((i) => i.width >= 400 && i.height >= 200 && i.width > i.height)).toBe(true);
  });
}
