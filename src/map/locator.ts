/**
 * The locator inset's arithmetic (pure): the box for the map's view in the prerendered drawing's
 * coordinates, and the words that say where the view lies, from the countries and seas the build
 * wrote into locator.json (geo/build/locator.ts). No DOM, no MapLibre.
 */
import { frameProjection, type LocatorFile } from '../../geo/locator-frame.ts';
import type { Translate } from '../i18n/catalog.ts';
import { andList } from '../i18n/format.ts';

/** [west, south, east, north] in degrees, as MapLibre's `getBounds()` gives them (not wrapped). */
export type LngLatBox = readonly [number, number, number, number];

/** The view's box in the drawing's viewBox units. */
export interface LocatorRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A view box covering more than this share of the drawing (or wider or taller than all of it) says nothing: the locator hides. */
export const MOST_OF_LOCATOR = 0.5;
/** The smallest box drawn, as a share of the drawing's width: a city's view still shows. */
export const MIN_BOX_SHARE = 0.03;

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The box for `view` over the locator drawn for `file`, clamped to the drawing; null when the
 * locator should hide: the view lies wholly outside the drawing, or covers most of it (the world).
 *
 * @example locatorBox([0, 0, 5, 5], { frame: [-10, -10, 10, 10], width: 200, height: 201 }) // → { x: 100, y: 50.4, width: 50, height: 50.1 }
 */
export function locatorBox(
  view: LngLatBox,
  file: Pick<LocatorFile, 'frame' | 'width' | 'height'>,
): LocatorRect | null {
  const { width: W, height: H } = file;
  const project = frameProjection(file.frame, W);
  const [w, s, e, n] = view;
  let [x0, y0] = project(w, n);
  let [x1, y1] = project(e, s);
  if (!(x1 > x0 && y1 > y0)) return null;
  if (x1 - x0 > W || y1 - y0 > H) return null;
  // A view smaller than a few pixels of the drawing is drawn as a small box around its centre.
  const min = W * MIN_BOX_SHARE;
  if (x1 - x0 < min) [x0, x1] = [(x0 + x1 - min) / 2, (x0 + x1 + min) / 2];
  if (y1 - y0 < min) [y0, y1] = [(y0 + y1 - min) / 2, (y0 + y1 + min) / 2];
  const cx0 = Math.max(0, x0);
  const cy0 = Math.max(0, y0);
  const cx1 = Math.min(W, x1);
  const cy1 = Math.min(H, y1);
  if (cx1 <= cx0 || cy1 <= cy0) return null;
  if ((cx1 - cx0) * (cy1 - cy0) > W * H * MOST_OF_LOCATOR) return null;
  return { x: round1(cx0), y: round1(cy0), width: round1(cx1 - cx0), height: round1(cy1 - cy0) };
}

/** locator.json as the app uses it: the country grid decoded. */
export interface Locator extends LocatorFile {
  cells: Uint16Array;
  cols: number;
  rows: number;
}

const isNumberList = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Checks and decodes locator.json; throws with what is wrong. */
export function parseLocator(raw: unknown): Locator {
  const o = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const { svg, frame, width, height, countries, cellDegrees, countryGrid, seas } = o;
  if (typeof svg !== 'string' || !isNumberList(frame) || frame.length !== 4)
    throw new Error('locator.json: expected "svg" and a 4-number "frame"');
  if (typeof width !== 'number' || typeof height !== 'number' || width <= 0 || height <= 0)
    throw new Error('locator.json: expected a positive "width" and "height"');
  if (!Array.isArray(countries) || !countries.every((c) => typeof c === 'string'))
    throw new Error('locator.json: expected "countries" as names');
  if (typeof cellDegrees !== 'number' || cellDegrees <= 0 || !isNumberList(countryGrid))
    throw new Error('locator.json: expected "cellDegrees" and "countryGrid"');
  const seaList = Array.isArray(seas) ? seas : [];
  const parsedSeas = seaList.filter(
    (l): l is { name: string; lng: number; lat: number } =>
      typeof l?.name === 'string' && typeof l?.lng === 'number' && typeof l?.lat === 'number',
  );
  const [w = 0, s = 0, e = 0, n = 0] = frame;
  const cols = Math.round((e - w) / cellDegrees);
  const rows = Math.round((n - s) / cellDegrees);
  const cells = new Uint16Array(cols * rows);
  let at = 0;
  for (let i = 0; i + 1 < countryGrid.length; i += 2) {
    const value = countryGrid[i] ?? 0;
    const count = countryGrid[i + 1] ?? 0;
    if (value > countries.length || at + count > cells.length)
      throw new Error('locator.json: "countryGrid" does not fit its frame');
    cells.fill(value, at, at + count);
    at += count;
  }
  if (at !== cells.length) throw new Error('locator.json: "countryGrid" does not fill its frame');
  return {
    svg,
    frame: [w, s, e, n],
    width,
    height,
    countries,
    cellDegrees,
    countryGrid,
    seas: parsedSeas,
    cells,
    cols,
    rows,
  };
}

/** What lies under a view, by the grid's cells. */
export interface ViewCover {
  /** The countries with land in it, the most first (names tie alphabetically). */
  countries: string[];
  /** Most of it is water (for a view smaller than a cell: its centre is). */
  water: boolean;
}

/**
 * What lies under `view`: the cells whose centres it holds or, for a view smaller than a cell,
 * the cell at its centre (and, if that is water, the land around it).
 */
export function viewCover(view: LngLatBox, locator: Locator): ViewCover {
  const { frame, cellDegrees: d, cols, rows, cells, countries } = locator;
  const [w, s, e, n] = view;
  const at = (r: number, c: number) =>
    r >= 0 && r < rows && c >= 0 && c < cols ? (cells[r * cols + c] ?? 0) : 0;
  const counts = new Map<number, number>();
  let waterCells = 0;
  let allCells = 0;
  const add = (r0: number, r1: number, c0: number, c1: number) => {
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const v = at(r, c);
        allCells++;
        if (v > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
        else waterCells++;
      }
  };
  const c0 = Math.max(0, Math.ceil((w - frame[0]) / d - 0.5));
  const c1 = Math.min(cols - 1, Math.floor((e - frame[0]) / d - 0.5));
  const r0 = Math.max(0, Math.ceil((frame[3] - n) / d - 0.5));
  const r1 = Math.min(rows - 1, Math.floor((frame[3] - s) / d - 0.5));
  let water: boolean;
  if (c1 >= c0 && r1 >= r0) {
    add(r0, r1, c0, c1);
    water = waterCells * 2 > allCells;
  } else {
    const c = Math.floor(((w + e) / 2 - frame[0]) / d);
    const r = Math.floor((frame[3] - (s + n) / 2) / d);
    water = at(r, c) === 0;
    if (water) add(r - 1, r + 1, c - 1, c + 1);
    else add(r, r, c, c);
  }
  const ranked = [...counts]
    .map(([v, count]) => ({ name: countries[v - 1] ?? '', count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => c.name);
  return { countries: ranked, water };
}

/** How many countries the text alternative names at most. */
export const NAMED_COUNTRIES = 3;

/**
 * The locator's sentence for each case, whole (the names in it come from the data): where the seas
 * are (named, or only water, or none) and how many countries share the view (several, one, none).
 */
const SENTENCES = {
  seas: { many: 'locator.seasCountries', one: 'locator.seasCountry', none: 'locator.seas' },
  water: { many: 'locator.waterCountries', one: 'locator.waterCountry', none: 'locator.water' },
  land: { many: 'locator.countries', one: 'locator.country', none: 'locator.nowhere' },
} as const;

/**
 * The locator's text alternative: the seas whose names lie in the view (or water, where most of
 * it is), and the countries with the most land in it.
 *
 * @example locatorText(view, locator, translator('en')) // → "Locator: the view lies over the Inner Sea, between Westland, Southland and Northland"
 */
export function locatorText(view: LngLatBox, locator: Locator, t: Translate): string {
  const [w, s, e, n] = view;
  const seaNames = locator.seas
    .filter((l) => l.lng >= w && l.lng <= e && l.lat >= s && l.lat <= n)
    .map((l) => t('locator.sea', { name: l.name }));
  const cover = viewCover(view, locator);
  const names = cover.countries.slice(0, NAMED_COUNTRIES);
  const sea = seaNames.length > 0 ? 'seas' : cover.water ? 'water' : 'land';
  const key = SENTENCES[sea][names.length > 1 ? 'many' : names.length === 1 ? 'one' : 'none'];
  const seas = andList(t.lang, seaNames);
  const countries = andList(t.lang, names);
  return t(key, { seas, countries, country: countries });
}
