import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  besidePlacement,
  besideShift,
  besideSide,
  GAP,
  MARGIN,
  popupLayout,
  sheetShift,
  TIP_ROOM,
} from '../../../src/map/popup-placement.ts';

describe('popupLayout', () => {
  it.each([
    // [map width, map height, rem, mode]
    [896, 620, 16, 'beside'], // 1280 px screen: the map beside the panel
    [479, 900, 16, 'beside'], // 768 px: a narrower popup, still beside its point
    [360, 429, 16, 'sheet'], // phones
    [320, 330, 16, 'sheet'],
    [512, 500, 32, 'sheet'], // 1280 px at double text size
  ] as const)('a %i×%i map at %i px text gets a %s', (width, height, rem, mode) => {
    const layout = popupLayout({ width, height }, rem);
    expect(layout.mode).toBe(mode);
    if (layout.mode === 'beside') {
      expect(layout.width).toBeGreaterThanOrEqual(18 * rem);
      expect(layout.width).toBeLessThanOrEqual(26 * rem);
      expect(layout.maxHeight).toBe(height - 2 * MARGIN);
    }
  });

  it('an expanded sheet leaves a strip of map above it; a collapsed one more', () => {
    const collapsed = popupLayout({ width: 360, height: 429 }, 16);
    const expanded = popupLayout({ width: 360, height: 429 }, 16, true);
    if (collapsed.mode !== 'sheet' || expanded.mode !== 'sheet') throw new Error('not a sheet');
    expect(expanded.height).toBeGreaterThan(collapsed.height);
    expect(429 - expanded.height).toBeGreaterThanOrEqual(48);
  });
});

describe('besideSide and besideShift', () => {
  const map = { width: 896, height: 620 };
  const popup = { width: 416, height: 600 };

  it('puts the popup right of a point with room there, left of one near the right edge', () => {
    expect(besideSide(map, { x: 200, y: 300 }, 416)).toBe('right');
    expect(besideSide(map, { x: 800, y: 300 }, 416)).toBe('left');
  });

  it('does not move the map when the popup already fits', () => {
    expect(besideShift(map, { x: 200, y: 310 }, popup, 'right')).toEqual({ x: 0, y: 0 });
  });

  it('moves a point near the top down far enough for a tall popup', () => {
    const shift = besideShift(map, { x: 200, y: 40 }, popup, 'right');
    expect(shift.y).toBe(MARGIN + 300 - 40);
  });

  it('for any point and any popup that the layout allows, the shifted popup lies inside the map', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 560, max: 2000 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (width, height, x, y, h) => {
          const m = { width, height };
          const layout = popupLayout(m, 16);
          if (layout.mode !== 'beside') return;
          const p = { width: layout.width, height: h * layout.maxHeight };
          const side = besideSide(m, { x, y }, p.width);
          const s = besideShift(m, { x, y }, p, side);
          const px = x + s.x;
          const py = y + s.y;
          const left = side === 'right' ? px + GAP : px - GAP - p.width;
          expect(left).toBeGreaterThanOrEqual(MARGIN - 1e-6);
          expect(left + p.width).toBeLessThanOrEqual(width - MARGIN + 1e-6);
          expect(py - p.height / 2).toBeGreaterThanOrEqual(MARGIN - 1e-6);
          expect(py + p.height / 2).toBeLessThanOrEqual(height - MARGIN + 1e-6);
          // The point itself stays on the map.
          expect(px).toBeGreaterThanOrEqual(0);
          expect(px).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});

describe('sheetShift', () => {
  const map = { width: 360, height: 429 };

  it('leaves a point already in the strip above the sheet where it is', () => {
    expect(sheetShift(map, { x: 180, y: 80 }, 257)).toEqual({ x: 0, y: 0 });
  });

  it('brings any point into the strip above the sheet', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.boolean(),
        (x, y, expanded) => {
          const layout = popupLayout(map, 16, expanded);
          if (layout.mode !== 'sheet') throw new Error('not a sheet');
          const s = sheetShift(map, { x, y }, layout.height);
          expect(y + s.y).toBeGreaterThan(MARGIN);
          expect(y + s.y).toBeLessThan(map.height - layout.height - MARGIN);
          expect(x + s.x).toBeGreaterThan(MARGIN);
          expect(x + s.x).toBeLessThan(map.width - MARGIN);
        },
      ),
    );
  });
});

describe('besidePlacement: the popup as the reader moves the map under it', () => {
  const map = { width: 896, height: 620 };
  const popup = { width: 416, height: 300 };

  it('keeps its side while it fits there, with no slide at the middle of the map', () => {
    expect(besidePlacement(map, { x: 200, y: 310 }, popup, 'right')).toEqual({ side: 'right', slide: 0 });
    expect(besidePlacement(map, { x: 700, y: 310 }, popup, 'left')).toEqual({ side: 'left', slide: 0 });
  });

  it('changes side when the point nears the edge its popup is on', () => {
    expect(besidePlacement(map, { x: 600, y: 310 }, popup, 'right')).toEqual({ side: 'left', slide: 0 });
  });

  it('slides the box down along its pointer near the top of the map', () => {
    expect(besidePlacement(map, { x: 200, y: 100 }, popup, 'right')).toEqual({
      side: 'right',
      slide: MARGIN + 150 - 100,
    });
  });

  it('docks (null) when the point is off the map, or too near its top for the pointer to stay on the box', () => {
    expect(besidePlacement(map, { x: -10, y: 310 }, popup, 'right')).toBeNull();
    expect(besidePlacement(map, { x: 200, y: 700 }, popup, 'right')).toBeNull();
    expect(besidePlacement(map, { x: 200, y: MARGIN + TIP_ROOM - 2 }, popup, 'right')).toBeNull();
    // Too wide for either side of a point in the middle of a narrow map.
    expect(besidePlacement({ width: 600, height: 620 }, { x: 300, y: 310 }, popup, 'right')).toBeNull();
  });

  it('for any point and popup, a placement lies inside the map with its pointer on the box', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 560, max: 2000 }),
        fc.integer({ min: 200, max: 1400 }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('left' as const, 'right' as const),
        (width, height, x, y, h, prefer) => {
          const m = { width, height };
          const layout = popupLayout(m, 16);
          if (layout.mode !== 'beside') return;
          const p = { width: layout.width, height: h * layout.maxHeight };
          const fit = besidePlacement(m, { x, y }, p, prefer);
          if (!fit) return;
          const left = fit.side === 'right' ? x + GAP : x - GAP - p.width;
          const top = y - p.height / 2 + fit.slide;
          expect(left).toBeGreaterThanOrEqual(MARGIN - 0.5 - 1e-6);
          expect(left + p.width).toBeLessThanOrEqual(width - MARGIN + 0.5 + 1e-6);
          expect(top).toBeGreaterThanOrEqual(MARGIN - 1e-6);
          expect(top + p.height).toBeLessThanOrEqual(height - MARGIN + 0.5 + 1e-6);
          // The pointer (at y) stays on the box, clear of its rounded corners.
          expect(y).toBeGreaterThanOrEqual(top + Math.min(TIP_ROOM, p.height / 2) - 1e-6);
          expect(y).toBeLessThanOrEqual(top + p.height - Math.min(TIP_ROOM, p.height / 2) + 1e-6);
        },
      ),
    );
  });
});
