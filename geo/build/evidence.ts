/**
 * The flight by its evidence (pure, but for reading the two files): `evidence.json` says, window by
 * window, what the sources say was received, and splits the flown path into stretches of one kind
 * of evidence; `altitude.json` lists every altitude the sources give. Both files are optional (a
 * story without them has no stretches), but what is there is checked: every window and reading has
 * a source, the windows and the stretches cover the flight without a gap or an overlap, a window's
 * local times as the source writes them are its UTC times, and every stretch lies in its window.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import along from '@turf/along';
import distance from '@turf/distance';
import { lineString } from '@turf/helpers';
import type { Position } from 'geojson';
import type {
  AltitudeReading,
  EvidenceCollection,
  EvidenceFile,
  EvidenceKind,
  EvidenceStretch,
  EvidenceWindow,
  FactSource,
  FlightTrack,
  RouteCollection,
} from '../schema.ts';
import { type Statement, sourceKey } from './fact-check.ts';
import { roundPosition } from './geometry.ts';
import { Fields, isObj, itemName, list, readJson } from './read-story.ts';
import { sourcePolicyProblems } from './source-policy.ts';
import type { StoryError } from './story-error.ts';

export const EVIDENCE_FILE = 'evidence.json';
export const ALTITUDE_FILE = 'altitude.json';

/** A stretch as authored: it starts where the one before it ends (the first, at its window's start). */
export interface StretchSpec {
  id: string;
  window: string;
  kind: string;
  to: string;
  drawnAlong: string;
}

export interface EvidenceSpec {
  note?: string;
  kinds: EvidenceKind[];
  windows: EvidenceWindow[];
  stretches: StretchSpec[];
  altitudeLabel: string;
  noAltitude: string;
  altitudeNote?: string;
  readings: AltitudeReading[];
}

const LINES = ['solid', 'dashed', 'dotted', 'faint'] as const;
const POSITIONS = ['received', 'false', 'not-recorded'] as const;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

export const emptyEvidence = (): EvidenceSpec => ({
  kinds: [],
  windows: [],
  stretches: [],
  altitudeLabel: '',
  noAltitude: '',
  readings: [],
});

/** Reads `evidence.json` and `altitude.json` from a story directory; absent files are empty. */
export function readEvidence(dir: string, errors: StoryError[]): EvidenceSpec {
  const spec = emptyEvidence();
  if (existsSync(join(dir, EVIDENCE_FILE))) {
    const file = EVIDENCE_FILE;
    const root = readJson(dir, file, errors);
    if (isObj(root) && typeof root.note === 'string') spec.note = root.note;
    spec.kinds = list(root, 'kinds', file, errors).map((o, i) => {
      const f = new Fields(errors, file, `kind ${itemName(o, i)}`, o);
      return {
        id: f.str('id'),
        line: f.oneOf('line', LINES),
        position: f.oneOf('position', POSITIONS),
        legend: f.str('legend'),
        replay: f.str('replay'),
      };
    });
    spec.windows = list(root, 'windows', file, errors).map((o, i): EvidenceWindow => {
      const f = new Fields(errors, file, `window ${itemName(o, i)}`, o);
      const w: EvidenceWindow = {
        id: f.str('id'),
        from: f.str('from'),
        to: f.str('to'),
        received: f.str('received'),
        sources: f.objs('sources', (s) => s.asSource()),
      };
      const local = f.obj_('localTimes');
      if (local) w.localTimes = { text: local.str('text'), timeZone: local.str('timeZone') };
      return w;
    });
    spec.stretches = list(root, 'stretches', file, errors).map((o, i): StretchSpec => {
      const f = new Fields(errors, file, `stretch ${itemName(o, i)}`, o);
      return {
        id: f.str('id'),
        window: f.str('window'),
        kind: f.str('kind'),
        to: f.str('to'),
        drawnAlong: f.str('drawnAlong'),
      };
    });
  }
  if (existsSync(join(dir, ALTITUDE_FILE))) {
    const file = ALTITUDE_FILE;
    const root = readJson(dir, file, errors);
    if (isObj(root) && typeof root.note === 'string') spec.altitudeNote = root.note;
    const top = new Fields(errors, file, '(root)', isObj(root) ? root : {});
    spec.altitudeLabel = top.str('label');
    spec.noAltitude = top.str('none');
    spec.readings = list(root, 'readings', file, errors).map((o, i): AltitudeReading => {
      const f = new Fields(errors, file, `reading ${itemName(o, i)}`, o);
      const r: AltitudeReading = { id: f.str('id'), text: f.str('text'), source: f.source('source') };
      const time = f.optStr('time');
      if (time !== undefined) r.time = time;
      const after = f.optStr('after');
      if (after !== undefined) r.after = after;
      if (o.feet !== undefined) r.feet = f.num('feet');
      return r;
    });
  }
  return spec;
}

/** 'HH:MM' of an instant in a time zone (the platform's tz data). */
export function localClock(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** The stretches with their start times, each starting where the one before it ends. */
export function stretchTimes(spec: EvidenceSpec): { stretch: StretchSpec; from: string }[] {
  const out: { stretch: StretchSpec; from: string }[] = [];
  for (const stretch of spec.stretches) {
    const from = out.at(-1)?.stretch.to ?? spec.windows.find((w) => w.id === stretch.window)?.from ?? '';
    out.push({ stretch, from });
  }
  return out;
}

function sourceErrors(file: string, item: string, sources: readonly FactSource[]): StoryError[] {
  if (sources.length === 0) return [{ file, item, message: 'needs at least one source' }];
  return sources.flatMap((s) =>
    sourcePolicyProblems(s).map((m) => ({ file, item, message: `source policy: ${m}` })),
  );
}

/** Every check on the two files, against the flight's window (take-off to crash, UTC). */
export function verifyEvidence(spec: EvidenceSpec, flight: { start: string; end: string }): StoryError[] {
  const errors: StoryError[] = [];
  const E = EVIDENCE_FILE;
  const A = ALTITUDE_FILE;
  const t = (s: string) => (INSTANT.test(s) ? Date.parse(s) : Number.NaN);
  const start = t(flight.start);
  const end = t(flight.end);
  const kinds = new Set(spec.kinds.map((k) => k.id));
  if (spec.windows.length > 0 || spec.stretches.length > 0) {
    let at = start;
    for (const w of spec.windows) {
      const item = `window ${w.id}`;
      const err = (message: string) => errors.push({ file: E, item, message });
      const from = t(w.from);
      const to = t(w.to);
      if (Number.isNaN(from) || Number.isNaN(to))
        err('"from" and "to" must be UTC instants, YYYY-MM-DDTHH:MM:SSZ');
      else {
        if (from !== at)
          err(`starts at ${w.from}, not where the window before it ends (${new Date(at).toISOString()})`);
        if (to <= from) err('ends before it starts');
        at = to;
      }
      if (w.localTimes) {
        const { text, timeZone } = w.localTimes;
        try {
          const said = `${localClock(w.from, timeZone)}–${localClock(w.to, timeZone)}`;
          if (said !== text) err(`the source's "${text}" (${timeZone}) is ${said} for these UTC times`);
        } catch {
          err(`unknown time zone "${timeZone}"`);
        }
      }
      errors.push(...sourceErrors(E, item, w.sources));
    }
    if (at !== end)
      errors.push({ file: E, item: '(windows)', message: `must end at the crash, ${flight.end}` });
    const windows = new Map(spec.windows.map((w) => [w.id, w]));
    const timed = stretchTimes(spec);
    for (const { stretch: s, from } of timed) {
      const err = (message: string) => errors.push({ file: E, item: `stretch ${s.id}`, message });
      if (!kinds.has(s.kind)) err(`unknown kind "${s.kind}"`);
      const w = windows.get(s.window);
      if (!w) err(`unknown window "${s.window}"`);
      const a = t(from);
      const b = t(s.to);
      if (Number.isNaN(b)) err('"to" must be a UTC instant, YYYY-MM-DDTHH:MM:SSZ');
      else if (!(b > a)) err(`ends at ${s.to}, not after it starts (${from})`);
      else if (w && (a < t(w.from) || b > t(w.to))) err(`${from}–${s.to} is not inside window "${w.id}"`);
    }
    const first = timed[0];
    if (first && first.from !== flight.start)
      errors.push({
        file: E,
        item: `stretch ${first.stretch.id}`,
        message: `must start at take-off, ${flight.start}`,
      });
    const last = timed.at(-1)?.stretch.to;
    if (last !== flight.end)
      errors.push({ file: E, item: '(stretches)', message: `must end at the crash, ${flight.end}` });
    for (const id of duplicates([...spec.windows.map((w) => w.id), ...spec.stretches.map((s) => s.id)]))
      errors.push({ file: E, item: id, message: 'duplicate id' });
  }
  const readings = new Set<string>();
  for (const r of spec.readings) {
    const err = (message: string) => errors.push({ file: A, item: `reading ${r.id}`, message });
    if ((r.time === undefined) === (r.after === undefined)) err('needs exactly one of "time" or "after"');
    if (r.time !== undefined) {
      const ms = t(r.time);
      if (Number.isNaN(ms)) err('"time" must be a UTC instant, YYYY-MM-DDTHH:MM:SSZ');
      else if (ms < start || ms > end) err(`${r.time} is outside the flight`);
    }
    if (r.after !== undefined && !readings.has(r.after))
      err(`"after" must name a reading above it, not "${r.after}"`);
    if (r.feet !== undefined && !(r.feet >= 0 && r.feet < 60000)) err(`${r.feet} ft is not an altitude`);
    if (r.feet !== undefined && r.time === undefined) err('a reading with feet needs its time');
    errors.push(...sourceErrors(A, `reading ${r.id}`, [r.source]));
    readings.add(r.id);
  }
  return errors;
}

function duplicates(ids: readonly string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Km along the track at `ms`: linear between its known times, as the replay moves. */
export function trackKmAt(track: FlightTrack, ms: number): number {
  const stops = track.times.map((s) => ({ ms: Date.parse(s.time), km: s.km }));
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return 0;
  if (ms <= first.ms) return first.km;
  for (let i = 1; i < stops.length; i++) {
    const a = stops[i - 1];
    const b = stops[i];
    if (a && b && ms <= b.ms) return a.km + ((b.km - a.km) * (ms - a.ms)) / Math.max(1, b.ms - a.ms);
  }
  return last.km;
}

/** The part of `line` from `fromKm` to `toKm` (great-circle km), its ends placed exactly. */
export function sliceKm(line: readonly Position[], fromKm: number, toKm: number): Position[] {
  if (line.length < 2) return [...line];
  const feature = lineString(line.map((p) => [...p]));
  const out: Position[] = [along(feature, fromKm).geometry.coordinates];
  let km = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1];
    const b = line[i];
    if (!a || !b) continue;
    km += distance(a, b);
    if (km > fromKm && km < toKm) out.push(b);
  }
  out.push(along(feature, toKm).geometry.coordinates);
  return out;
}

/** The stretches as data and as lines along the flown track. */
export function buildEvidence(
  spec: EvidenceSpec,
  track: FlightTrack,
): { file: EvidenceFile; geojson: EvidenceCollection } {
  const kinds = new Map(spec.kinds.map((k) => [k.id, k]));
  const windows = new Map(spec.windows.map((w) => [w.id, w]));
  const stretches = stretchTimes(spec).map(({ stretch: s, from }): EvidenceStretch => {
    const w = windows.get(s.window);
    return {
      id: s.id,
      kind: s.kind,
      line: kinds.get(s.kind)?.line ?? 'solid',
      position: kinds.get(s.kind)?.position ?? 'not-recorded',
      window: s.window,
      from,
      to: s.to,
      received: w?.received ?? '',
      drawnAlong: s.drawnAlong,
      sources: w?.sources ?? [],
    };
  });
  const features = stretches.map((s) => ({
    type: 'Feature' as const,
    id: s.id,
    // A click on the stretch says what its legend entry's details say: kind, times, evidence, sources.
    properties: {
      ...s,
      popup: {
        title: kinds.get(s.kind)?.legend ?? s.kind,
        from: s.from,
        to: s.to,
        lines: [s.received, s.drawnAlong],
        sources: s.sources,
      },
    },
    geometry: {
      type: 'LineString' as const,
      coordinates: sliceKm(
        track.line,
        trackKmAt(track, Date.parse(s.from)),
        trackKmAt(track, Date.parse(s.to)),
      ).map((p) => roundPosition(p)),
    },
  }));
  return {
    file: {
      ...(spec.note === undefined ? {} : { note: spec.note }),
      kinds: spec.kinds,
      windows: spec.windows,
      stretches,
      altitude: {
        label: spec.altitudeLabel,
        none: spec.noAltitude,
        ...(spec.altitudeNote === undefined ? {} : { note: spec.altitudeNote }),
        readings: spec.readings,
      },
    },
    geojson: { type: 'FeatureCollection', features },
  };
}

/** The route with its flown segments marked as drawn by the stretches, when there are stretches. */
export function markEvidenced(route: RouteCollection, evidenced: boolean): RouteCollection {
  if (!evidenced) return route;
  return {
    ...route,
    features: route.features.map((f) =>
      f.properties.kind === 'flown' ? { ...f, properties: { ...f.properties, drawnByEvidence: true } } : f,
    ),
  };
}

/**
 * Every statement of ours in `evidence.json` and `altitude.json`, for the fact-check log: the note
 * reconciling the sources, each kind's legend and replay words, what each window says was received,
 * what each stretch is drawn along, and each altitude reading as we word it.
 */
export function evidenceStatements(spec: EvidenceSpec): Statement[] {
  const out: Statement[] = [];
  const add = (
    file: string,
    item: string,
    sources: readonly FactSource[],
    fields: Record<string, string | undefined>,
  ) => {
    const cites = [...new Set(sources.map(sourceKey))];
    for (const [field, text] of Object.entries(fields))
      if (text !== undefined) out.push({ file, item, field, text, cites });
  };
  const allSources = spec.windows.flatMap((w) => w.sources);
  add(EVIDENCE_FILE, 'note', allSources, { note: spec.note });
  for (const k of spec.kinds) add(EVIDENCE_FILE, `kind ${k.id}`, [], { legend: k.legend, replay: k.replay });
  for (const w of spec.windows) add(EVIDENCE_FILE, `window ${w.id}`, w.sources, { received: w.received });
  const windows = new Map(spec.windows.map((w) => [w.id, w]));
  for (const s of spec.stretches)
    add(EVIDENCE_FILE, `stretch ${s.id}`, windows.get(s.window)?.sources ?? [], { drawnAlong: s.drawnAlong });
  if (spec.readings.length > 0)
    add(ALTITUDE_FILE, '(root)', [], {
      label: spec.altitudeLabel,
      none: spec.noAltitude,
      note: spec.altitudeNote,
    });
  for (const r of spec.readings) add(ALTITUDE_FILE, `reading ${r.id}`, [r.source], { text: r.text });
  return out;
}
