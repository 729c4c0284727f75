import { describe, expect, it } from 'vitest';
import {
  FONTS,
  type ImageText,
  imageWords,
  layoutImage,
  type Measure,
  MIN_WIDTH,
  wrapText,
} from '../../../src/export/compose-image.ts';

/** Every character 7 px wide, whatever the font: layouts become predictable. */
const mono: Measure = (text) => text.length * 7;

describe('wrapText', () => {
  it('keeps a line that fits', () => {
    expect(wrapText('Baku to Grozny', 200, FONTS.body, mono)).toEqual(['Baku to Grozny']);
  });
  it('breaks at spaces, no line wider than the box', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 70, FONTS.body, mono);
    expect(lines).toEqual(['one two', 'three four', 'five six', 'seven', 'eight nine', 'ten']);
    for (const l of lines) expect(mono(l, FONTS.body)).toBeLessThanOrEqual(70);
  });
  it('cuts a word longer than the line (an address) where it fills it, losing no character', () => {
    const url = 'https://example.org/newsroom/flight/#place=grozny&layers=route';
    const lines = wrapText(`see ${url}`, 140, FONTS.small, mono);
    expect(lines.join('').replace(/^see/, '')).toBe(url);
    for (const l of lines) expect(mono(l, FONTS.small)).toBeLessThanOrEqual(140);
  });
  it('gives nothing for blank text', () => {
    expect(wrapText('   ', 100, FONTS.body, mono)).toEqual([]);
  });
});

const TEXT: ImageText = {
  title: 'A ferry: what two articles said, harbour by harbour',
  legendHeading: 'Legend',
  legend: [
    { label: 'A harbour in the story', swatch: { kind: 'dot', color: '#123456' } },
    { label: 'Ferry route, as reported', swatch: { kind: 'line', color: '#654321' } },
  ],
  place: { name: 'Tamsin', citations: ['“Fire on the Kestrel”, Harbour Post, 14 March 2025 (2 passages)'] },
  credits: ['Map: Natural Earth; © OpenStreetMap contributors; GeoNames.', 'Articles: Harbour Post.'],
  permalink: 'https://example.org/maps/ferry/#place=tamsin',
};

describe('layoutImage', () => {
  const map = { width: 640, height: 400 };
  const layout = layoutImage(TEXT, map, mono);

  it('puts the title above the map and everything else below it, in reading order', () => {
    const words = imageWords(layout);
    expect(words.join(' ')).toMatch(
      /^A ferry.*harbour by harbour Legend A harbour in the story Ferry route, as reported Tamsin “Fire on the Kestrel”, Harbour Post, 14 March 2025 \(2 passages\) Map: Natural Earth.*Articles: Harbour Post\. https:\/\/example\.org/,
    );
    const titleLines = layout.lines.filter((l) => l.font === FONTS.title);
    for (const l of titleLines) expect(l.y).toBeLessThan(layout.map.y);
    for (const l of layout.lines.filter((l) => l.font !== FONTS.title))
      expect(l.y).toBeGreaterThan(layout.map.y + layout.map.height);
  });

  it('is the map’s width, and tall enough for every line', () => {
    expect(layout.width).toBe(640);
    expect(layout.map).toMatchObject({ x: 0, width: 640, height: 400 });
    const last = Math.max(...layout.lines.map((l) => l.y));
    expect(layout.height).toBeGreaterThan(last);
  });

  it('keeps every line inside the image, with a swatch beside each legend entry', () => {
    for (const l of layout.lines) {
      expect(l.x).toBeGreaterThan(0);
      expect(l.x + mono(l.text, l.font)).toBeLessThanOrEqual(layout.width - 16);
    }
    const withSwatch = layout.lines.filter((l) => l.swatch);
    expect(withSwatch.map((l) => l.text)).toEqual(['A harbour in the story', 'Ferry route, as reported']);
    for (const l of withSwatch) expect(l.x).toBeGreaterThanOrEqual(16 + 28);
  });

  it('wraps on a narrow map and never goes below the minimum width', () => {
    const narrow = layoutImage(TEXT, { width: 200, height: 150 }, mono);
    expect(narrow.width).toBe(MIN_WIDTH);
    expect(narrow.map.x).toBe(60);
    expect(narrow.lines.length).toBeGreaterThan(layout.lines.length);
    expect(imageWords(narrow).join('')).toContain('Harbour Post');
  });

  it('has no place block when no place is open, and no legend block when nothing is visible', () => {
    const bare = layoutImage({ ...TEXT, place: undefined, legend: [] }, map, mono);
    const words = imageWords(bare);
    expect(words).not.toContain('Tamsin');
    expect(words).not.toContain('Legend');
    expect(words.at(-1)).toBe(TEXT.permalink);
  });
});
