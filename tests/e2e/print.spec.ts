import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openExplorer } from './helpers.ts';

// pdf.js (through unpdf) hands decoded images over with ArrayBuffer.prototype.transferToFixedLength,
// which Node has only from 22 (ES2024); this project supports Node 20.19, so the test supplies it.
if (!('transferToFixedLength' in ArrayBuffer.prototype)) {
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    value(this: ArrayBuffer, length = this.byteLength) {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/**
 * Page 1 of a print to PDF, read back with pdf.js (unpdf): its text and its images, what a reader
 * holds when the first sheet comes out of the printer. (A package, not poppler-utils, so that the
 * test needs nothing a fresh machine lacks.)
 */
async function firstPage(
  path: string,
): Promise<{ text: string; images: { width: number; height: number }[] }> {
  const { extractImages, extractText, getDocumentProxy } = await import('unpdf');
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { text } = await extractText(pdf, { mergePages: false });
  const images = await extractImages(pdf, 1);
  return { text: text[0] ?? '', images: images.map((i) => ({ width: i.width, height: i.height })) };
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

    const page1 = await firstPage(path);
    const first = words(page1.text);
    expect(first).toContain(title);
    // The open place: its name and the start of what the articles said there.
    expect(first).toMatch(/\bGrozny\b.*\bpassages, quoted verbatim\b/);
    expect(first).toContain(firstQuote.slice(0, 60));
    // The map, as an image as wide as a good part of the page, on the same page.
    const images = page1.images;
    expect(images.some((i) => i.width >= 400 && i.height >= 200 && i.width > i.height)).toBe(true);
  });
}
