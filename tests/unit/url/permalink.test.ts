import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coordinateDigits,
  formatPermalink,
  hashOver,
  type LayerKey,
  MAX_LAT,
  type PermalinkContext,
  type PermalinkState,
  parsePermalink,
  roundView,
  shownLayers,
  type ViewState,
  withLayer,
} from '../../../src/url/permalink.ts';

const PLACES = ['baku', 'aktau', 'grozny', 'makhachkala', 'caspian-crossing'];
const SOURCES = ['reuters', 'ap', 'bbc'];
const LENGTHS = new Map([
  ['reuters', 5000],
  ['ap', 1200],
  ['bbc', 0],
]);
const T_MIN = '2024-12-25T03:00:00Z';
const T_MAX = '2024-12-25T07:00:00Z';

/** The story's layers, as its story.json lists them: both on by default. */
const LAYERS: readonly LayerKey[] = [
  { id: 'route', on: true },
  { id: 'drones', on: true },
];

const ctx: PermalinkContext = {
  placeIds: new Set(PLACES),
  layers: LAYERS,
  sourceIds: new Set(SOURCES),
  sourceLengths: LENGTHS,
  timeRange: { min: T_MIN, max: T_MAX },
};

const NUM_RUNS = 10_000;
const NO_LAYERS: readonly string[] = [];

function state(over: Partial<PermalinkState> = {}): PermalinkState {
  return { ...over };
}

function view(zoom: number, lat: number, lng: number, bearing = 0, pitch = 0): ViewState {
  return { zoom, lat, lng, bearing, pitch };
}

/** Every way a parsed state could be invalid, as readable strings; [] when valid. */
function problems(s: PermalinkState, c: PermalinkContext): string[] {
  const out: string[] = [];
  const keys = Object.keys(s).filter((k) => (s as unknown as Record<string, unknown>)[k] !== undefined);
  for (const k of keys) {
    if (!['view', 'place', 'layers', 't', 'source', 'passage', 'panel'].includes(k))
      out.push(`unexpected key ${k}`);
  }
  if (s.layers) {
    // Known layers only, each once, in the story's order, and never just the defaults.
    const known = (c.layers ?? []).map((l) => l.id);
    if (s.layers.join() !== known.filter((id) => s.layers?.includes(id)).join()) out.push('layer list');
    if (
      s.layers.join() ===
      (c.layers ?? [])
        .filter((l) => l.on)
        .map((l) => l.id)
        .join()
    )
      out.push('default layers written out');
  }
  const v = s.view;
  if (v) {
    for (const [k, n] of Object.entries(v)) {
      if (!Number.isFinite(n) || Object.is(n, -0)) out.push(`view.${k}=${n}`);
    }
    if (!(v.zoom >= 0 && v.zoom <= 22)) out.push(`zoom ${v.zoom}`);
    if (!(Math.abs(v.lat) <= MAX_LAT)) out.push(`lat ${v.lat}`);
    if (!(v.lng >= -180 && v.lng < 180)) out.push(`lng ${v.lng}`);
    if (!(v.bearing > -180 && v.bearing <= 180)) out.push(`bearing ${v.bearing}`);
    if (!(v.pitch >= 0 && v.pitch <= 85 && Number.isInteger(v.pitch))) out.push(`pitch ${v.pitch}`);
    const r = roundView(v);
    if (
      r.zoom !== v.zoom ||
      r.lat !== v.lat ||
      r.lng !== v.lng ||
      r.bearing !== v.bearing ||
      r.pitch !== v.pitch
    ) {
      out.push('view not rounded');
    }
  }
  if (s.place !== undefined && !c.placeIds.has(s.place)) out.push(`place ${s.place}`);
  if (s.t !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(s.t)) out.push(`t ${s.t}`);
    if (c.timeRange && (s.t < c.timeRange.min || s.t > c.timeRange.max)) out.push(`t out of range ${s.t}`);
  }
  if (s.source !== undefined && !c.sourceIds?.has(s.source)) out.push(`source ${s.source}`);
  if (s.panel !== undefined && s.panel !== 'claims') out.push(`panel ${String(s.panel)}`);
  const p = s.passage;
  if (p) {
    if (s.source === undefined) out.push('passage without source');
    if (!Number.isSafeInteger(p.start) || !Number.isSafeInteger(p.end) || p.start < 0 || p.start >= p.end) {
      out.push(`passage ${p.start}-${p.end}`);
    }
    const length = s.source === undefined ? undefined : c.sourceLengths?.get(s.source);
    if (length !== undefined && p.end > length) out.push(`passage past end ${p.end}`);
  }
  return out;
}

// Characters a hash may carry without escaping (RFC 3986 fragment) minus everything that needs care when
// pasted into chat, HTML or a shell: no space, quotes, angle brackets, backslash, backtick, braces.
const URL_SAFE = /^(#[A-Za-z0-9\-._~%=&/,:]+)?$/;

const PROPERTY_TIMEOUT = 30_000;

describe('parsePermalink: hand-written nasty inputs', () => {
  const cases: [name: string, input: string, expected: PermalinkState][] = [
    ['empty string', '', state()],
    ['lone #', '#', state()],
    ['only separators', '&&&', state()],
    ['# and separators', '#&&&=&=&', state()],
    ['plain view', '#map=5/40.4/49.9', state({ view: view(5, 40.4, 49.9) })],
    [
      'every parameter',
      '#map=7.5/42.12345/48.56789/-20.5/45&place=baku&layers=route&t=2024-12-25T05:13:31Z&source=reuters&passage=10-200',
      {
        view: view(7.5, 42.123, 48.568, -20.5, 45),
        place: 'baku',
        layers: ['route'],
        t: '2024-12-25T05:13:31Z',
        source: 'reuters',
        passage: { start: 10, end: 200 },
      },
    ],
    ['no leading #', 'map=5/40/50&place=aktau', state({ view: view(5, 40, 50), place: 'aktau' })],
    ['leading ?', '?map=5/40/50', state({ view: view(5, 40, 50) })],
    ['leading #?', '#?place=baku', state({ place: 'baku' })],
    ['markup as the whole hash', '#<img src=x onerror=alert(1)>', state()],
    ['markup as a place', '#place=<img src=x onerror=alert(1)>', state()],
    ['encoded markup as a place', '#place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', state()],
    ['javascript: URL', 'javascript:alert(1)', state()],
    ['javascript: as a source', '#source=javascript:alert(1)&passage=1-2', state()],
    ['broken percent escape keeps the rest', '#map=5/40/50&place=%E0%A4%A', state({ view: view(5, 40, 50) })],
    [
      'percent escape decoded',
      '#place=%62aku&map=5%2F40%2F50',
      state({ view: view(5, 40, 50), place: 'baku' }),
    ],
    ['__proto__ key', '#__proto__=1', state()],
    ['__proto__ key with a place', '#__proto__=baku&__proto__[place]=baku', state()],
    ['constructor and prototype', '#constructor=x&prototype=y&toString=z', state()],
    ['__proto__ as a place id', '#place=__proto__&source=constructor', state()],
    ['NaN zoom drops the view', '#map=NaN/1/2', state()],
    ['Infinity drops the view', '#map=5/Infinity/2', state()],
    ['1e400 overflows to Infinity', '#map=1e400/0/0', state()],
    ['hex is not a number', '#map=0x10/0/0', state()],
    ['empty part', '#map=/40/50', state()],
    ['space in a part', '#map=5/%2040/50', state()],
    ['only two numbers', '#map=5/40', state()],
    ['fullwidth digit', '#map=５/40/50', state()],
    [
      'everything out of range at once',
      '#map=5/95/200/720/100',
      state({ view: view(5, 85.05, -160, 0, 85) }),
    ],
    ['negative zero bearing', '#map=5/40/50/-0/0', state({ view: view(5, 40, 50) })],
    ['zoom clamped high', '#map=30/0/0', state({ view: view(22, 0, 0) })],
    ['zoom clamped low', '#map=-3/10/10', state({ view: view(0, 10, 10) })],
    // zoom 0 keeps 1 decimal: 85.05113 would round to 85.1, past the limit, so it steps back to 85.
    ['lat and lng at the edges at zoom 0', '#map=0/85.05113/179.99', state({ view: view(0, 85, -180) })],
    ['south edge', '#map=0/-90/-180', state({ view: view(0, -85, -180) })],
    ['bearing -180 is 180', '#map=5/40/50/-180', state({ view: view(5, 40, 50, 180) })],
    ['bearing wraps', '#map=5/40/50/190.04/10.6', state({ view: view(5, 40, 50, -170, 11) })],
    ['bad bearing keeps the rest', '#map=5/40/50/abc/20', state({ view: view(5, 40, 50, 0, 20) })],
    ['extra parts ignored', '#map=5/40/50/10/20/99/x', state({ view: view(5, 40, 50, 10, 20) })],
    ['exponent and sign accepted', '#map=+5e0/4e1/.5', state({ view: view(5, 40, 0.5) })],
    ['duplicate layers collapse, unknown dropped', '#layers=route,route,evil', state({ layers: ['route'] })],
    ['empty layers = none', '#layers=', state({ layers: NO_LAYERS })],
    [
      'bare layers key = none (MapLibre drops the =)',
      '#layers&place=baku',
      state({ layers: NO_LAYERS, place: 'baku' }),
    ],
    ['only unknown layers = none', '#layers=evil,Route', state({ layers: NO_LAYERS })],
    ['layers in any order', '#layers=drones,route', state()],
    ['first place wins', '#place=baku&place=aktau', state({ place: 'baku' })],
    ['first place wins even if invalid', '#place=evil&place=baku', state()],
    ['keys are case-sensitive', '#MAP=5/40/50&Place=baku', state()],
    ['unicode place', '#place=бакы&source=😀', state()],
    ['lone surrogate', '#place=\uD800baku', state()],
    ['time kept', '#t=2024-12-25T05:13:31Z', state({ t: '2024-12-25T05:13:31Z' })],
    ['fraction of a second dropped', '#t=2024-12-25T05:13:31.999Z', state({ t: '2024-12-25T05:13:31Z' })],
    ['time clamped to min', '#t=2024-12-24T00:00:00Z', state({ t: T_MIN })],
    ['time clamped to max', '#t=2099-01-01T00:00:00Z', state({ t: T_MAX })],
    ['no such day', '#t=2024-02-30T04:00:00Z', state()],
    ['hour 24', '#t=2024-12-25T24:00:00Z', state()],
    ['offset instead of Z', '#t=2024-12-25T05:13:31%2B00:00', state()],
    ['space instead of T', '#t=2024-12-25%2005:13:31Z', state()],
    [
      'passage kept with its source',
      '#source=ap&passage=3-40',
      state({ source: 'ap', passage: { start: 3, end: 40 } }),
    ],
    ['passage without source dropped', '#passage=3-40', state()],
    ['passage with unknown source dropped', '#source=evil&passage=3-40', state()],
    ['reversed passage dropped', '#source=ap&passage=40-3', state({ source: 'ap' })],
    ['empty passage dropped', '#source=ap&passage=3-3', state({ source: 'ap' })],
    ['negative passage dropped', '#source=ap&passage=-1-3', state({ source: 'ap' })],
    ['fractional passage dropped', '#source=ap&passage=1.5-3', state({ source: 'ap' })],
    [
      'passage end clamped',
      '#source=ap&passage=1000-99999',
      state({ source: 'ap', passage: { start: 1000, end: 1200 } }),
    ],
    ['passage past the end dropped', '#source=ap&passage=1300-1400', state({ source: 'ap' })],
    ['passage in an empty article dropped', '#source=bbc&passage=0-1', state({ source: 'bbc' })],
    ['huge passage numbers dropped', '#source=ap&passage=0-99999999999999999999', state({ source: 'ap' })],
    [
      '100k chars after a valid view',
      `#map=5/40/50&${'x'.repeat(100_000)}`,
      state({ view: view(5, 40, 50) }),
    ],
    ['valid view past the 2,000-char cut is ignored', `#${'x'.repeat(100_000)}&map=5/40/50`, state()],
    ['the claims panel', '#panel=claims', state({ panel: 'claims' })],
    ['an unknown panel dropped', '#panel=__proto__', state()],
    ['a panel is case-sensitive', '#panel=CLAIMS', state()],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(parsePermalink(input, ctx)).toEqual(expected);
  });

  it('writes -0 nowhere', () => {
    const v = parsePermalink('#map=5/-0/-0.0001/-0.01/-0', ctx).view;
    expect(v).toEqual(view(5, 0, 0));
    expect(Object.is(v?.lat, 0) && Object.is(v?.lng, 0) && Object.is(v?.bearing, 0)).toBe(true);
  });

  it('does not pollute prototypes', () => {
    const s = parsePermalink('#__proto__=1&__proto__[polluted]=1&constructor[prototype][polluted]=1', ctx);
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(s.layers).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('knows sources from sourceLengths when sourceIds is absent, and none when both are', () => {
    expect(
      parsePermalink('#source=ap', { placeIds: new Set(), sourceLengths: LENGTHS, layers: LAYERS }).source,
    ).toBe('ap');
    expect(parsePermalink('#source=ap', { placeIds: new Set(), layers: LAYERS }).source).toBeUndefined();
  });

  it('keeps any real instant when there is no time window', () => {
    expect(parsePermalink('#t=1999-01-01T00:00:00Z', { placeIds: new Set(), layers: LAYERS }).t).toBe(
      '1999-01-01T00:00:00Z',
    );
  });

  it('keeps a layer a story adds later at its default in a link written before it', () => {
    const later = { ...ctx, layers: [...LAYERS, { id: 'videos', on: false }] };
    expect(shownLayers(parsePermalink('#layers=route', later).layers, later.layers)).toEqual({
      route: true,
      drones: false,
      videos: false,
    });
    expect(shownLayers(parsePermalink('', later).layers, later.layers)).toEqual({
      route: true,
      drones: true,
      videos: false,
    });
  });
});

describe('formatPermalink', () => {
  const cases: [name: string, input: PermalinkState, expected: string][] = [
    ['all defaults', state(), ''],
    [
      'every parameter, in order',
      {
        source: 'reuters',
        passage: { start: 10, end: 200 },
        t: '2024-12-25T05:13:31Z',
        layers: ['route'],
        place: 'baku',
        view: view(7.5, 42.12345, 48.56789, -20.5, 45),
      },
      '#map=7.5/42.123/48.568/-20.5/45&place=baku&layers=route&t=2024-12-25T05:13:31Z&source=reuters&passage=10-200',
    ],
    ['bearing and pitch left out when 0', state({ view: view(5, 40, 50) }), '#map=5/40/50'],
    ['bearing kept for a pitch', state({ view: view(5, 40, 50, 0, 30) }), '#map=5/40/50/0/30'],
    ['pitch left out alone', state({ view: view(5, 40, 50, 12.34, 0) }), '#map=5/40/50/12.3'],
    [
      'MapLibre rounding',
      state({ view: view(3.13857, 40.40931, 49.86713, 359.96, 59.5) }),
      '#map=3.14/40.41/49.87/0/60',
    ],
    ['no exponent form', state({ view: view(22, 1e-7, -4e-9) }), '#map=22/0.0000001/0'],
    ['no layers', state({ layers: NO_LAYERS }), '#layers='],
    ['drones only', state({ layers: ['drones'] }), '#layers=drones'],
    ['passage needs a source', state({ passage: { start: 1, end: 2 } }), ''],
    ['invalid passage left out', state({ source: 'ap', passage: { start: 2, end: 2 } }), '#source=ap'],
    ['time with a fraction', state({ t: '2024-12-25T05:13:31.500Z' }), '#t=2024-12-25T05:13:31Z'],
    ['invalid time left out', state({ t: 'yesterday' }), ''],
    [
      'unsafe characters encoded',
      state({ place: `a b'<>"&=#%!()*` }),
      '#place=a%20b%27%3C%3E%22%26%3D%23%25%21%28%29%2A',
    ],
    ['lone surrogate does not throw', state({ place: '\uD800' }), '#place=%EF%BF%BD'],
    ['panel last', state({ panel: 'claims', place: 'baku' }), '#place=baku&panel=claims'],
  ];

  it.each(cases)('%s', (_name, input, expected) => {
    expect(formatPermalink(input)).toBe(expected);
  });

  it('doc examples hold', () => {
    expect(
      parsePermalink('#map=6/41.5/49.8&place=baku&layers=route', {
        placeIds: new Set(['baku']),
        layers: LAYERS,
      }),
    ).toEqual({
      view: view(6, 41.5, 49.8),
      place: 'baku',
      layers: ['route'],
    });
    expect(
      formatPermalink({
        view: view(6, 41.51234, 49.8, 0, 30),
        layers: ['route'],
        t: '2024-12-25T05:13:31Z',
      }),
    ).toBe('#map=6/41.512/49.8/0/30&layers=route&t=2024-12-25T05:13:31Z');
    expect(roundView(view(5.123, 40.40931, 229.86713, -180, 10.4))).toEqual(
      view(5.12, 40.41, -130.13, 180, 10),
    );
  });

  it('uses MapLibre precision: more decimals as the zoom grows', () => {
    expect([0, 1, 5, 6, 10, 15, 22].map(coordinateDigits)).toEqual([1, 1, 2, 3, 4, 5, 8]);
  });
});

// ---------- property tests ----------

/** Any UTF-16 string, lone surrogates included. */
const utf16 = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

const numberText = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc
    .tuple(fc.double({ min: -400, max: 400, noNaN: true }), fc.integer({ min: 0, max: 12 }))
    .map(([n, d]) => n.toFixed(d)),
  fc.constantFrom(
    '',
    '-0',
    '0x10',
    '1e400',
    '-1e400',
    '1e-7',
    '.5',
    '5.',
    '+3',
    ' 1',
    '１',
    'NaN',
    'Infinity',
    '85.05113',
    '-85.05114',
    '180',
    '-180',
    '179.99999999',
    '-179.999',
    '360',
    '22',
    '22.005',
    '-0.004',
    '0.05',
    '84.999',
  ),
);
const mapValue = fc.array(numberText, { maxLength: 7 }).map((parts) => parts.join('/'));
const idValue = (ids: string[]) =>
  fc.oneof(
    fc.constantFrom(...ids),
    fc.string({ maxLength: 8 }),
    fc.constantFrom('__proto__', '%E0%A4%A', 'BAKU', 'baku ', ''),
  );
const layersValue = fc
  .array(fc.constantFrom('route', 'drones', 'evil', '', 'Route', '__proto__'), { maxLength: 4 })
  .map((names) => names.join(','));
const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const tValue = fc.oneof(
  fc
    .date({
      min: new Date('2024-12-24T00:00:00Z'),
      max: new Date('2024-12-26T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => `${d.toISOString().slice(0, 19)}Z`),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), two, two, two, two, two)
    .map(([y, mo, d, h, mi, s]) => `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}Z`),
  fc.constantFrom(
    '2024-02-30T00:00:00Z',
    '2024-12-25T24:00:00Z',
    '2024-12-25T05:13:31',
    '0000-01-01T00:00:00Z',
  ),
);
const passageValue = fc.oneof(
  fc.tuple(fc.nat({ max: 6000 }), fc.nat({ max: 6000 })).map(([a, b]) => `${a}-${b}`),
  fc.constantFrom('-1-5', '1.5-3', '1-', '-', '0-99999999999999999999', '007-010'),
);
const param = fc.oneof(
  mapValue.map((v) => `map=${v}`),
  idValue(PLACES).map((v) => `place=${v}`),
  layersValue.map((v) => `layers=${v}`),
  fc.constantFrom('layers', 'map', 'place='),
  tValue.map((v) => `t=${v}`),
  idValue(SOURCES).map((v) => `source=${v}`),
  passageValue.map((v) => `passage=${v}`),
  fc.constantFrom('panel=claims', 'panel=', 'panel=Claims', 'panel=claims%00').map((v) => v),
  fc
    .tuple(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'MAP', 'x', ''),
      fc.string({ maxLength: 8 }),
    )
    .map(([k, v]) => `${k}=${v}`),
  utf16,
);
/** Hashes built from almost-valid pieces, sometimes percent-encoded: far likelier to hit edge cases than noise. */
const almostValidHash = fc
  .tuple(fc.constantFrom('', '#', '?', '#?'), fc.array(fc.tuple(param, fc.boolean()), { maxLength: 8 }))
  .map(
    ([prefix, parts]) =>
      prefix +
      parts
        .map(([p, encode]) => {
          const eq = p.indexOf('=');
          if (!encode || eq === -1) return p;
          try {
            return `${p.slice(0, eq)}=${encodeURIComponent(p.slice(eq + 1))}`;
          } catch {
            return p; // lone surrogate
          }
        })
        .join('&'),
  );
const anyHash = fc.oneof(almostValidHash, fc.string(), fc.string({ unit: 'binary' }), utf16);

/** A sensible id, or an awkward one (every character that needs escaping, full Unicode). */
const anyId = fc.oneof(
  fc.constantFrom(...PLACES),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);

const validView: fc.Arbitrary<ViewState> = fc.record({
  zoom: fc.double({ min: 0, max: 22, noNaN: true }),
  lat: fc.double({ min: -MAX_LAT, max: MAX_LAT, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, maxExcluded: true, noNaN: true }),
  bearing: fc.oneof(fc.double({ min: -180, max: 180, minExcluded: true, noNaN: true }), fc.constant(0)),
  pitch: fc.oneof(fc.double({ min: 0, max: 85, noNaN: true }), fc.constant(0)),
});
const T_MIN_MS = Date.parse(T_MIN);
const T_MAX_MS = Date.parse(T_MAX);
const validState: fc.Arbitrary<PermalinkState> = fc
  .record(
    {
      view: validView,
      place: anyId,
      // A canonical list: the story's order, never both (that is the default, written as nothing).
      layers: fc.constantFrom<readonly string[]>([], ['route'], ['drones']),
      t: fc
        .integer({ min: T_MIN_MS / 1000, max: T_MAX_MS / 1000 })
        .map((s) => `${new Date(s * 1000).toISOString().slice(0, 19)}Z`),
      source: fc.constantFrom(...SOURCES.filter((id) => id !== 'bbc')),
      passage: fc.tuple(fc.nat({ max: 1199 }), fc.nat({ max: 1199 })).filter(([a, b]) => a !== b),
      panel: fc.constant('claims' as const),
    },
    { requiredKeys: [] },
  )
  .map(({ passage, source, ...rest }) => {
    const s: PermalinkState = { ...rest };
    if (source !== undefined) s.source = source;
    if (source !== undefined && passage)
      s.passage = { start: Math.min(...passage), end: Math.max(...passage) };
    return s;
  });

/** A context that knows the state's own place, however odd its id. */
function ctxFor(s: PermalinkState): PermalinkContext {
  return s.place === undefined ? ctx : { ...ctx, placeIds: new Set([...PLACES, s.place]) };
}

function rounded(s: PermalinkState): PermalinkState {
  return s.view ? { ...s, view: roundView(s.view) } : s;
}

describe('properties', () => {
  it('parse never throws and always returns a valid state', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        expect(problems(parsePermalink(hash, ctx), ctx)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('format∘parse is stable: parse(format(parse(x))) equals parse(x), and format is a fixed point', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const once = parsePermalink(hash, ctx);
        const text = formatPermalink(once);
        expect(parsePermalink(text, ctx)).toEqual(once);
        expect(formatPermalink(parsePermalink(text, ctx))).toBe(text);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  // Hundreds of generated states: about a second alone, but past vitest's 5 s on a loaded machine.
  it(
    'parse(format(s)) equals s with its view rounded, for any valid state',
    () => {
      fc.assert(
        fc.property(validState, (s) => {
          const c = ctxFor(s);
          const text = formatPermalink(s);
          expect(parsePermalink(text, c)).toEqual(rounded(s));
          expect(formatPermalink(parsePermalink(text, c))).toBe(text);
        }),
        { numRuns: NUM_RUNS },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('format writes only URL-safe characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validState,
          anyHash.map((h) => parsePermalink(h, ctx)),
        ),
        (s) => {
          expect(formatPermalink(s)).toMatch(URL_SAFE);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('roundView is idempotent and lands in range for any numbers', () => {
    const anyNumber = fc.oneof(
      fc.double(),
      fc.double({ min: -1000, max: 1000 }),
      fc.integer({ min: -720, max: 720 }),
    );
    fc.assert(
      fc.property(
        fc.record({ zoom: anyNumber, lat: anyNumber, lng: anyNumber, bearing: anyNumber, pitch: anyNumber }),
        (v) => {
          const r = roundView(v);
          expect(roundView(r)).toEqual(r);
          expect(problems(state({ view: r }), ctx)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('shownLayers and withLayer: the toggles over the address', () => {
  it.each<[string, readonly string[] | undefined, Record<string, boolean>]>([
    ['no layers= : each layer’s default', undefined, { route: true, drones: true }],
    ['layers= : none', [], { route: false, drones: false }],
    ['a list: exactly those', ['drones'], { route: false, drones: true }],
  ])('%s', (_, listed, shown) => {
    expect(shownLayers(listed, LAYERS)).toEqual(shown);
  });

  it.each<[string, readonly string[] | undefined, string, boolean, readonly string[] | undefined]>([
    ['hiding one of the defaults lists the other', undefined, 'route', false, ['drones']],
    ['showing it again is the default again: nothing written', ['drones'], 'route', true, undefined],
    ['hiding the last one lists none', ['drones'], 'drones', false, []],
  ])('%s', (_, listed, id, shown, next) => {
    expect(withLayer(listed, LAYERS, id, shown)).toEqual(next);
  });
});

describe('hashOver: a prerendered link to a state, followed before the app has read the address', () => {
  it("keeps the view and adds the link's parameters", () => {
    expect(hashOver('#map=6/41.5/49.8&place=baku', '#lang=en')).toBe('#lang=en&map=6/41.5/49.8&place=baku');
    expect(hashOver('#place=baku', '#panel=claims')).toBe('#panel=claims&place=baku');
    expect(hashOver('', '#lang=ru')).toBe('#lang=ru');
    expect(hashOver('#', '#lang=ru')).toBe('#lang=ru');
    expect(hashOver('', '')).toBe('');
  });

  it('replaces what the address said of the same parameter, however it was written', () => {
    expect(hashOver('#place=baku&lang=ru', '#lang=en')).toBe('#lang=en&place=baku');
    expect(hashOver('#place=baku&%6Cang=ru&lang', '#lang=en')).toBe('#lang=en&place=baku');
    expect(hashOver('#source=000&passage=1-5&place=baku', '#source=001&passage=7-9')).toBe(
      '#source=001&passage=7-9&place=baku',
    );
  });

  it("keeps the link's parameters however long the address is", () => {
    const long = `#place=baku&${'x'.repeat(5000)}`;
    expect(parsePermalink(hashOver(long, '#lang=en'), ctx)).toEqual({ place: 'baku', lang: 'en' });
  });

  it("reads, with the story, as the address read with the link's state over it", () => {
    fc.assert(
      fc.property(
        anyHash,
        validState,
        fc.option(fc.constantFrom('en', 'ru'), { nil: undefined }),
        (hash, s, lang) => {
          const over: PermalinkState = lang === undefined ? s : { ...s, lang };
          const link = formatPermalink(over);
          const c = { ...ctx, ...ctxFor(over) };
          const read = parsePermalink(hashOver(hash, link), c);
          const own = parsePermalink(link, c);
          const rest = parsePermalink(hash, c);
          // A passage belongs to its source: a link's source takes the address's passage with it.
          if (own.source !== undefined) delete rest.passage;
          expect(read).toEqual({ ...rest, ...own });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
