/**
 * A synthetic story at ~100× the real one, for the bench: 600 places, 20,000 passages, route lines
 * of ≥ 50,000 vertices in total. Written as a story directory in geo/'s format, so it goes through
 * the same pipeline (`tsx geo/build/main.ts --story DIR --out DIR`) and the same checks as the real
 * story. Deterministic: a fixed seed, no clock.
 *
 * `tsx tests/bench/make-scale-story.ts [DIR]` (default tests/bench/.scale/story)
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Position } from 'geojson';

/** The one source of every synthetic fact; it meets the source policy (publisher, date) like any story's. */
const SYNTHETIC = { label: 'synthetic (bench)', publisher: 'this benchmark', date: '2026-11-24' };

import { collectStatements, FACT_LOG_DIR, type LogEntry, textHash } from '../../geo/build/fact-check.ts';
import { destination, greatCircleLine } from '../../geo/build/geometry.ts';
import { readStory } from '../../geo/build/read-story.ts';
import { readStoryMeta } from '../../geo/build/story-meta.ts';

export const SCALE = {
  places: 600,
  /** Of which in the places list (main: true); the real story has 6 of 8. */
  mainPlaces: 450,
  passages: 20_000,
  routeVertices: 50_000,
  articles: 40,
  dronePlaces: 30,
  trackPlaces: 6,
} as const;

/** mulberry32: small, fast, good enough for test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Inside geo/basemap.json's box [36, 36, 56, 48] with a margin, so great circles never bulge out.
const BOX = { w: 37, s: 37, e: 55, n: 46 };
const SYLLABLES = [
  'ba',
  'ro',
  'vin',
  'ka',
  'les',
  'tor',
  'mi',
  'dun',
  'sa',
  'qel',
  'nor',
  'zu',
  'pal',
  'ket',
  'ori',
  'van',
];

function placeNameList(rand: () => number, n: number): string[] {
  const names = new Set<string>();
  while (names.size < n) {
    const k = 3 + Math.floor(rand() * 2);
    let s = '';
    for (let i = 0; i < k; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    names.add(s.charAt(0).toUpperCase() + s.slice(1));
  }
  return [...names];
}

function inBox(rand: () => number): { lat: number; lng: number } {
  const r = (x: number) => Math.round(x * 1e5) / 1e5;
  return { lng: r(BOX.w + rand() * (BOX.e - BOX.w)), lat: r(BOX.s + rand() * (BOX.n - BOX.s)) };
}

/** The next waypoint of a random walk, 60–260 km away, kept inside the box. */
function step(rand: () => number, from: Position): Position {
  for (;;) {
    const p = destination(from, rand() * 360, 60 + rand() * 200);
    const [lng = 0, lat = 0] = p;
    if (lng > BOX.w && lng < BOX.e && lat > BOX.s && lat < BOX.n)
      return [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
  }
}

export interface ScaleStoryStats {
  places: number;
  sentencesNamingPlaces: number;
  waypoints: number;
  segments: number;
  routeVertices: number;
}

export function makeScaleStory(dir: string, seed = 8243): ScaleStoryStats {
  const rand = random(seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });

  // Route: segments of 25 great-circle legs, each starting where the last ended, until the
  // pipeline's own great circles (a vertex every 10 km) add up to the vertex target.
  const waypoints: {
    id: string;
    label: string;
    lat: number;
    lng: number;
    precision: string;
    source: object;
  }[] = [];
  const segments: object[] = [];
  let at: Position = [49.8, 40.5];
  const addWaypoint = (p: Position) => {
    const id = `w-${String(waypoints.length).padStart(5, '0')}`;
    waypoints.push({
      id,
      label: `Synthetic waypoint ${waypoints.length}`,
      lng: p[0] ?? 0,
      lat: p[1] ?? 0,
      precision: 'approximate',
      source: SYNTHETIC,
    });
    return id;
  };
  let vertices = 0;
  let current = addWaypoint(at);
  while (vertices < SCALE.routeVertices) {
    const ids = [current];
    let segVertices = 1;
    for (let leg = 0; leg < 25 && vertices + segVertices < SCALE.routeVertices; leg++) {
      const next = step(rand, at);
      segVertices += greatCircleLine(at, next).length - 1;
      at = next;
      ids.push(addWaypoint(next));
    }
    vertices += segVertices;
    segments.push({
      id: `leg-${segments.length}`,
      kind: segments.length === 0 ? 'planned' : 'flown',
      waypoints: ids,
      shape: 'great-circle',
      precision: 'approximate',
      source: SYNTHETIC,
    });
    current = ids[ids.length - 1] ?? current;
  }

  // The replay needs known times along the flown path: its first and last waypoints.
  const flownFirst = waypoints.find(
    (w) => w.id === (segments[1] as { waypoints: string[] } | undefined)?.waypoints[0],
  );
  const flownLast = waypoints[waypoints.length - 1];
  if (flownFirst) Object.assign(flownFirst, { time: '2024-12-25T03:55:00Z' });
  if (flownLast) Object.assign(flownLast, { time: '2024-12-25T06:28:00Z' });

  // Places: the first ones are in the list; a few are lines between consecutive waypoints.
  const names = placeNameList(rand, SCALE.places);
  const roles = ['airport', 'city', 'crash-site'] as const;
  const places = names.map((name, i) => {
    const id = name.toLowerCase();
    const drone = i >= 10 && i < 10 + SCALE.dronePlaces;
    const track = i >= 50 && i < 50 + SCALE.trackPlaces;
    const exact = i % 2 === 0 && !track;
    return {
      id,
      name,
      aliases: [`${name} Field`],
      notAliases: [],
      main: i < SCALE.mainPlaces,
      role: track ? 'route-segment' : drone ? 'drone-attack-target' : roles[i % roles.length],
      ...(track
        ? { track: { fromWaypoint: waypoints[i]?.id, toWaypoint: waypoints[i + 1]?.id } }
        : { point: inBox(rand) }),
      precision: exact ? 'exact' : 'approximate',
      ...(exact ? {} : { precisionNote: 'Synthetic point for the benchmark.' }),
      coordSource: SYNTHETIC,
      summary: `${name} is a synthetic place ${i} of the benchmark story, standing in for a town the articles name.`,
    };
  });

  // Articles: sentences that name one or two places (every place at least once), a few that name
  // none, and one quoted drone-attack sentence per drone place. Every naming sentence is unique.
  const articleLines: string[][] = Array.from({ length: SCALE.articles }, (_, a) => [
    `Synthetic report ${a}: what the witnesses said`,
  ]);
  const evidence: { sourceId: string; quote: string }[] = [];
  const sourceId = (a: number) => `s${String(a).padStart(2, '0')}`;
  const dronePlaces = places.filter((p) => p.role === 'drone-attack-target');
  const pending: string[][] = Array.from({ length: SCALE.articles }, () => []);
  dronePlaces.forEach((p, d) => {
    const a = d % SCALE.articles;
    const quote = `drones were attacking ${p.name} in wave ${d}`;
    pending[a]?.push(`Officials said ${quote} at the time.`);
    evidence.push({ sourceId: sourceId(a), quote });
  });
  let sentences = dronePlaces.length;
  for (let n = 0; sentences < SCALE.passages; n++, sentences++) {
    const a = n % SCALE.articles;
    const first = names[n % names.length] ?? '';
    const second = names[Math.floor(rand() * names.length)] ?? '';
    const t = n % 3;
    pending[a]?.push(
      t === 0
        ? `On day ${n}, witnesses near ${first} reported a low aircraft heading toward ${second}.`
        : t === 1
          ? `Officials in ${first} said that report ${n} was still being checked.`
          : `A resident of ${first} told reporters, in statement ${n}, that the sky was grey over ${second}.`,
    );
    if (n % 7 === 0)
      pending[a]?.push(`The weather that morning was described in note ${n} as foggy and cold.`);
  }
  const sources = pending.map((lines, a) => {
    const all = articleLines[a] ?? [];
    for (let i = 0; i < lines.length; i += 8) all.push(lines.slice(i, i + 8).join(' '));
    const file = `${sourceId(a)}_synthetic.txt`;
    writeFileSync(join(dir, 'sources', file), `${all.join('\n')}\n`);
    return { id: sourceId(a), file, headline: all[0], date: '2024-12-28' };
  });

  const write = (file: string, value: unknown) =>
    writeFileSync(join(dir, file), `${JSON.stringify(value, null, 1)}\n`);
  write('sources/sources.json', { sources });
  write('gazetteer.json', { places });
  write('route.json', { waypoints, segments });
  write('drone-attacks.json', {
    claimedBy: 'synthetic claims for the benchmark',
    placeIds: dronePlaces.map((p) => p.id),
    evidence,
  });
  // Minimal valid timeline and claims (issue 7's files, required by the pipeline): they are not
  // what this bench scales.
  write('timeline.json', {
    flight: { start: '2024-12-25T03:55:00Z', end: '2024-12-25T06:28:00Z' },
    events: [
      {
        id: 'synthetic-start',
        time: '2024-12-25T03:55:00Z',
        approximate: false,
        phase: 'flight',
        title: 'Synthetic take-off',
        accordingTo: 'the benchmark',
        placeId: places[0]?.id,
        sources: [SYNTHETIC],
      },
      {
        id: 'synthetic-end',
        time: '2024-12-25T06:28:00Z',
        approximate: false,
        phase: 'flight',
        title: 'Synthetic end of flight',
        accordingTo: 'the benchmark',
        placeId: places[1]?.id,
        sources: [SYNTHETIC],
      },
    ],
  });
  write('claims.json', {
    claims: [
      {
        id: 'synthetic-claim',
        label: 'What witnesses said',
        cells: sources.map((s, a) =>
          a === 0
            ? { sourceId: s.id, status: 'stated', gist: 'witnesses', quotes: [s.headline] }
            : { sourceId: s.id, status: 'silent' },
        ),
      },
    ],
  });
  // The story's own words (required by the pipeline; not what this bench scales). The bench
  // serves the scale data in a copy of dist/, so the page shows the real story's head anyway.
  const words = JSON.parse(readFileSync(resolve('geo/story.json'), 'utf8')) as Record<string, unknown>;
  write('story.json', {
    ...words,
    title: 'A synthetic story at scale, for the benchmark',
    pageTitle: 'A synthetic story at scale',
    description: 'Synthetic places and passages for the benchmark.',
    standfirst: 'Synthetic places and passages, generated for the benchmark.',
    figures: [],
    timeZones: [{ placeId: places[0]?.id, timeZone: 'UTC' }],
  });
  // Same region, simplification and labels as the real story: the basemap is not what is scaled.
  copyFileSync(resolve('geo/basemap.json'), join(dir, 'basemap.json'));
  // The same map around it too: world, detail tiles, context cities (the airports are the real
  // story's gazetteer places, which this story does not have).
  copyFileSync(resolve('geo/world.json'), join(dir, 'world.json'));
  copyFileSync(resolve('geo/detail-tiles.json'), join(dir, 'detail-tiles.json'));
  const context = JSON.parse(readFileSync(resolve('geo/context-places.json'), 'utf8')) as object;
  write('context-places.json', { ...context, airports: [] });
  writeSyntheticFactLog(dir);
  return {
    places: places.length,
    sentencesNamingPlaces: sentences,
    waypoints: waypoints.length,
    segments: segments.length,
    routeVertices: vertices,
  };
}

/**
 * The fact-check log the build requires, for invented statements: each logged as it now reads, its
 * sources saying what the generator made them say. Only a generated story may log itself.
 */
function writeSyntheticFactLog(dir: string): void {
  const { story } = readStory(dir);
  const { spec } = readStoryMeta(dir);
  const files = new Map<string, Record<string, LogEntry>>();
  for (const s of collectStatements(story, spec)) {
    const entries = files.get(s.file) ?? {};
    files.set(s.file, entries);
    const says = 'Generated by make-scale-story.ts for the benchmark; nothing outside it to check.';
    const entry: LogEntry = entries[s.item] ?? {
      checked: SYNTHETIC.date,
      statements: {},
      sources: (s.cites.length > 0 ? s.cites : ['make-scale-story.ts']).map((source) => ({ source, says })),
    };
    entries[s.item] = entry;
    entry.statements[s.field] = textHash(s.text);
  }
  mkdirSync(join(dir, FACT_LOG_DIR), { recursive: true });
  for (const [file, entries] of files) {
    writeFileSync(join(dir, FACT_LOG_DIR, file), `${JSON.stringify(entries, null, 1)}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const dir = process.argv[2] ?? 'tests/bench/.scale/story';
  console.log(JSON.stringify(makeScaleStory(dir)));
}
