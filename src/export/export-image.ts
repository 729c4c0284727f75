/**
 * "Download image", in the browser: the map's next frame, the still composed around it on a
 * canvas at twice its CSS size, the words also written into the PNG as text, saved through a
 * Blob and an <a download>. The page's own colours (its CSS custom properties) paint the paper,
 * so a dark map gets a dark still.
 */
import type { MapCapture } from '../map/capture.ts';
import {
  drawImage,
  type ImageText,
  imageWords,
  layoutImage,
  type Measure,
  type Palette,
} from './compose-image.ts';
import { withPngText } from './png-text.ts';

/** A still is twice the map's CSS pixels, whatever the screen's pixel ratio. */
export const EXPORT_SCALE = 2;

function pagePalette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    paper: v('--paper', '#ffffff'),
    ink: v('--ink', '#1b1f24'),
    muted: v('--muted', '#59606a'),
    accent: v('--accent', '#1d3557'),
    rule: v('--rule', '#d9dde2'),
  };
}

/** Composes the still; resolves to its PNG bytes and the lines of text drawn. */
export async function composeStill(
  capture: MapCapture,
  text: ImageText,
): Promise<{ png: Uint8Array; words: string[]; width: number; height: number }> {
  const mapCanvas = await capture.next();
  const scratch = document.createElement('canvas').getContext('2d');
  if (!scratch) throw new Error('this browser cannot draw on a canvas');
  const measure: Measure = (t, font) => {
    scratch.font = font;
    return scratch.measureText(t).width;
  };
  const layout = layoutImage(text, capture.size(), measure);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * EXPORT_SCALE;
  canvas.height = layout.height * EXPORT_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  drawImage(ctx, layout, mapCanvas, EXPORT_SCALE, pagePalette());
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the image');
  const words = imageWords(layout);
  const png = withPngText(new Uint8Array(await blob.arrayBuffer()), {
    Title: text.title,
    Description: words.join('\n'),
  });
  return { png, words, width: canvas.width, height: canvas.height };
}

/** Saves bytes as a file the way a link with `download` does. */
export function saveFile(bytes: Uint8Array, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // After the download has started; revoking at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
