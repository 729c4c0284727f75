/**
 * The exported still: the map as drawn with, around it, what a still must carry to stand on its
 * own: the title above; the legend for the visible layers, the open place with the citations of
 * its passages, the credits and the permalink below. Laying out the text is pure (fonts are
 * measured by a function passed in, so tests need no canvas); drawing is one small function.
 */

/** A legend entry's symbol, in the map's colours. */
export interface Swatch {
  kind: 'dot' | 'ring' | 'line';
  color: string;
  dash?: readonly number[];
}

export interface ImageText {
  title: string;
  /** The legend's heading, in the reader's language. */
  legendHeading: string;
  legend: readonly { label: string; swatch: Swatch }[];
  /** The open place, with one line per cited article (headline, outlet, date). */
  place?: { name: string; citations: readonly string[] } | undefined;
  credits: readonly string[];
  permalink: string;
}

/** Width of `text` in CSS pixels when drawn in `font` (a canvas's measureText in the browser). */
export type Measure = (text: string, font: string) => number;

export type Tone = 'ink' | 'muted' | 'accent';

export interface TextLine {
  text: string;
  font: string;
  tone: Tone;
  /** Left edge and baseline, in CSS pixels. */
  x: number;
  y: number;
  swatch?: Swatch | undefined;
}

export interface ImageLayout {
  width: number;
  height: number;
  map: { x: number; y: number; width: number; height: number };
  lines: TextLine[];
}

const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const FONTS = {
  title: `bold 18px ${FAMILY}`,
  heading: `bold 13px ${FAMILY}`,
  body: `13px ${FAMILY}`,
  small: `11px ${FAMILY}`,
} as const;
const SIZE: Record<keyof typeof FONTS, number> = { title: 18, heading: 13, body: 13, small: 11 };
const PAD = 16;
const SWATCH_W = 28;
/** Narrower maps still get room for their words. */
export const MIN_WIDTH = 320;

/**
 * Splits `text` into lines no wider than `max`: at spaces where it can, inside a word (a long
 * address) where it must. Never returns an empty list for non-empty text.
 */
export function wrapText(text: string, max: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const tryLine = line ? `${line} ${word}` : word;
    if (measure(tryLine, font) <= max) {
      line = tryLine;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word longer than the line is cut where it fills it.
    let rest = word;
    while (measure(rest, font) > max && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n), font) > max) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines;
}

/** Where every line goes, for a map of `map` CSS pixels. */
export function layoutImage(
  text: ImageText,
  map: { width: number; height: number },
  measure: Measure,
): ImageLayout {
  const width = Math.max(MIN_WIDTH, Math.round(map.width));
  const inner = width - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  const add = (s: string, kind: keyof typeof FONTS, tone: Tone, indent = 0, swatch?: Swatch) => {
    const font = FONTS[kind];
    const wrapped = wrapText(s, inner - indent, font, measure);
    wrapped.forEach((t, i) => {
      y += Math.round(SIZE[kind] * 1.4);
      lines.push({ text: t, font, tone, x: PAD + indent, y, swatch: i === 0 ? swatch : undefined });
    });
  };
  const gap = (px: number) => {
    y += px;
  };

  add(text.title, 'title', 'ink');
  gap(PAD / 2);
  const mapBox = { x: Math.round((width - map.width) / 2), y, width: map.width, height: map.height };
  y += map.height;
  gap(PAD / 2);

  if (text.legend.length > 0) {
    add(text.legendHeading, 'heading', 'muted');
    for (const item of text.legend) add(item.label, 'body', 'ink', SWATCH_W + 6, item.swatch);
    gap(PAD / 2);
  }
  if (text.place) {
    add(text.place.name, 'heading', 'accent');
    for (const c of text.place.citations) add(c, 'body', 'ink', 12);
    gap(PAD / 2);
  }
  for (const c of text.credits) add(c, 'small', 'muted');
  gap(4);
  add(text.permalink, 'small', 'accent');
  y += PAD;
  return { width, height: Math.ceil(y), map: mapBox, lines };
}

/** The words of an image, one line of text per line drawn (the PNG's text chunk, tests). */
export function imageWords(layout: ImageLayout): string[] {
  return layout.lines.map((l) => l.text);
}

export interface Palette {
  paper: string;
  ink: string;
  muted: string;
  accent: string;
  rule: string;
}

function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch, x: number, midY: number): void {
  ctx.save();
  ctx.strokeStyle = s.color;
  ctx.fillStyle = s.color;
  if (s.kind === 'line') {
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.setLineDash(s.dash ? [...s.dash] : []);
    ctx.beginPath();
    ctx.moveTo(x + 2, midY);
    ctx.lineTo(x + SWATCH_W - 2, midY);
    ctx.stroke();
  } else {
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(x + SWATCH_W / 2, midY, s.kind === 'ring' ? 6 : 5, 0, Math.PI * 2);
    if (s.kind === 'dot') ctx.fill();
    else ctx.stroke();
  }
  ctx.restore();
}

/**
 * Draws the still on `ctx`, whose canvas is `scale` times the layout's size (2 for a 2× PNG).
 * `mapImage` is the map's canvas as drawn, at any pixel ratio: it is scaled to its box.
 */
export function drawImage(
  ctx: CanvasRenderingContext2D,
  layout: ImageLayout,
  mapImage: CanvasImageSource,
  scale: number,
  palette: Palette,
): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = palette.paper;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const m = layout.map;
  ctx.drawImage(mapImage, m.x, m.y, m.width, m.height);
  ctx.strokeStyle = palette.rule;
  ctx.lineWidth = 1;
  ctx.strokeRect(m.x + 0.5, m.y + 0.5, m.width - 1, m.height - 1);
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    ctx.font = line.font;
    ctx.fillStyle = palette[line.tone];
    ctx.fillText(line.text, line.x, line.y);
    if (line.swatch) drawSwatch(ctx, line.swatch, line.x - SWATCH_W - 6, line.y - 4);
  }
  ctx.restore();
}
