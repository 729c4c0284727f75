import type { LayerSpecification, MapMouseEvent } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { mapUiLocale } from '../../../src/i18n/map-ui.ts';
import { toggleLayers } from '../../../src/map/layer-registry.ts';
import { holdClicks, startOptions } from '../../../src/map/map-start.ts';
import { COLORS, DARK_COLORS } from '../../../src/map/palette.ts';
import type { StyleUrls } from '../../../src/map/style.ts';
import { FIT_PADDING } from '../../../src/map/view-state.ts';
import { FALLBACK_META } from '../../../src/story/story-meta.ts';
import { LAYERS } from './story-layers.ts';

const meta = {
  ...FALLBACK_META,
  openingBounds: [44.6, 40.4, 51.1, 43.9] as [number, number, number, number],
  layers: LAYERS,
};
const TOGGLE_LAYERS = toggleLayers(LAYERS, COLORS);
const toggled = (id: string) => TOGGLE_LAYERS[id] ?? [];
const urls: StyleUrls = {
  basemap: 'https://x.test/data/basemap.geojson',
  world: 'https://x.test/data/world.geojson',
  contextPlaces: 'https://x.test/data/context-places.geojson',
  detailTiles: 'https://x.test/data/tiles/{z}/{x}/{y}.pbf',
  places: 'https://x.test/data/places.geojson',
  data: (file) => `https://x.test/data/${file}`,
  fontLatin: 'https://x.test/assets/font.woff2',
};

const layer = (o: ReturnType<typeof startOptions>, id: string): LayerSpecification | undefined =>
  typeof o.style === 'object' ? o.style.layers.find((l) => l.id === id) : undefined;
const visibility = (o: ReturnType<typeof startOptions>, id: string) =>
  (layer(o, id)?.layout as { visibility?: string } | undefined)?.visibility ?? 'visible';

describe('the map as the page creates it, before any data has arrived', () => {
  it('opens on the story’s bounds from the page’s metadata when the address names no view', () => {
    const o = startOptions({ meta, hash: '', scheme: 'light', urls });
    expect(o.bounds).toEqual(meta.openingBounds);
    expect(o.fitBoundsOptions).toEqual({ padding: FIT_PADDING });
    expect(o.center).toBeUndefined();
  });

  it('gives MapLibre its own words in the page’s language, and leaves its English alone without', () => {
    const o = startOptions({ meta, hash: '', scheme: 'light', urls, locale: mapUiLocale('ru') });
    expect(o.locale).toMatchObject({
      'ScaleControl.Kilometers': 'км',
      'ScaleControl.Meters': 'м',
      'Map.Title': 'Карта',
    });
    expect(startOptions({ meta, hash: '', scheme: 'light', urls }).locale).toBeUndefined();
  });

  it('opens on a permalink’s view, bearing and pitch from the first frame', () => {
    const o = startOptions({ meta, hash: '#map=6.5/43.31/45.69/20/30&place=grozny', scheme: 'light', urls });
    expect(o).toMatchObject({ center: [45.69, 43.31], zoom: 6.5, bearing: 20, pitch: 30 });
    expect(o.bounds).toBeUndefined();
  });

  it('a hostile or broken hash opens the story’s bounds, with no layer shown', () => {
    const o = startOptions({ meta, hash: '#map=<img src=x>&layers=__proto__', scheme: 'light', urls });
    expect(o.bounds).toEqual(meta.openingBounds);
    for (const id of [...toggled('route'), ...toggled('quays'), ...toggled('videos')])
      expect(visibility(o, id)).toBe('none');
  });

  it('hides the layers the permalink switched off, and only those', () => {
    const o = startOptions({ meta, hash: '#layers=route', scheme: 'light', urls });
    for (const id of toggled('route')) expect(visibility(o, id)).toBe('visible');
    for (const id of toggled('quays')) expect(visibility(o, id)).toBe('none');
  });

  it('shows each layer as the story sets it when the address names none', () => {
    const o = startOptions({ meta, hash: '', scheme: 'light', urls });
    for (const id of [...toggled('route'), ...toggled('quays')]) expect(visibility(o, id)).toBe('visible');
    // The story has its witness videos off until the reader asks for them.
    for (const id of toggled('videos')) expect(visibility(o, id)).toBe('none');
  });

  it('is drawn in the reader’s colour scheme from the first frame', () => {
    const paint = (scheme: 'light' | 'dark') =>
      (layer(startOptions({ meta, hash: '', scheme, urls }), 'water')?.paint as Record<string, unknown>)?.[
        'background-color'
      ];
    expect(paint('light')).toBe(COLORS.water);
    expect(paint('dark')).toBe(DARK_COLORS.water);
  });

  it('loads every file by address, in the worker: the places too', () => {
    const o = startOptions({ meta, hash: '', scheme: 'light', urls });
    const sources = typeof o.style === 'object' ? o.style.sources : {};
    expect(sources.places).toMatchObject({ type: 'geojson', data: urls.places });
  });
});

describe('the opening fit on a phone', () => {
  it('leaves the sides of a narrow map room for the labels of the places at the story’s ends', () => {
    const o = startOptions({ meta, hash: '', scheme: 'light', urls, mapWidth: 360 });
    const padding = o.fitBoundsOptions?.padding;
    if (typeof padding !== 'object') throw new Error('no side padding on a narrow map');
    // "Aktau" in 14 px text beside its point is about 55 px wide: more than that at both sides.
    expect(padding.left).toBeGreaterThanOrEqual(64);
    expect(padding.right).toBeGreaterThanOrEqual(64);
    expect(padding.top).toBe(FIT_PADDING);
    expect(startOptions({ meta, hash: '', scheme: 'light', urls, mapWidth: 900 }).fitBoundsOptions).toEqual({
      padding: FIT_PADDING,
    });
  });
});

/** A map's click events, as MapLibre's Evented delivers them: to every listener, in order. */
function clickSource() {
  const listeners: ((e: MapMouseEvent) => void)[] = [];
  return {
    on: (_: 'click', l: (e: MapMouseEvent) => void) => listeners.push(l),
    off: (_: 'click', l: (e: MapMouseEvent) => void) => {
      const i = listeners.indexOf(l);
      if (i >= 0) listeners.splice(i, 1);
    },
    fire: (e: MapMouseEvent) => {
      for (const l of [...listeners]) l(e);
    },
    listeners,
  };
}
const click = (x: number) => ({ type: 'click', point: { x, y: 0 } }) as unknown as MapMouseEvent;

describe('a click on the map before the app listens', () => {
  it('reaches the app once it does: the last one, once, and later clicks directly', () => {
    const map = clickSource();
    const replay = holdClicks(map);
    map.fire(click(1));
    map.fire(click(2));
    const seen: number[] = [];
    map.on('click', (e) => seen.push(e.point.x));
    replay();
    expect(seen).toEqual([2]);
    map.fire(click(3));
    expect(seen).toEqual([2, 3]);
    // The hold is gone: a second replay has nothing to pass on.
    replay();
    expect(seen).toEqual([2, 3]);
    expect(map.listeners).toHaveLength(1);
  });

  it('passes nothing on when the reader had not clicked', () => {
    const map = clickSource();
    const replay = holdClicks(map);
    const seen: number[] = [];
    map.on('click', (e) => seen.push(e.point.x));
    replay();
    expect(seen).toEqual([]);
  });
});
