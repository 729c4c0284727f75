import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildEvidence,
  evidenceStatements,
  localClock,
  readEvidence,
  sliceKm,
  stretchTimes,
  verifyEvidence,
} from '../../../geo/build/evidence.ts';
import { generate } from '../../../geo/build/generate.ts';
import { loadAtlas } from '../../../geo/build/main.ts';
import { readStory } from '../../../geo/build/read-story.ts';
import type { BasemapCollection, EvidenceCollection, EvidenceFile } from '../../../geo/schema.ts';
import { buildErrors, corruptStory, removeCorruptedStories } from '../../fixtures/corrupt-story.ts';

const NO_BASEMAP: BasemapCollection = { type: 'FeatureCollection', features: [] };
let file: EvidenceFile;
let geojson: EvidenceCollection;
let flight: { start: string; end: string };

beforeAll(() => {
  const { story } = readStory('geo');
  const track = generate(story, NO_BASEMAP).track;
  if (!story.timeline || !track) throw new Error('the story has a flight');
  flight = story.timeline.flight;
  const built = buildEvidence(readEvidence('geo', []), track);
  file = built.file;
  geojson = built.geojson;
});
afterAll(removeCorruptedStories);

const ms = (iso: string) => Date.parse(iso);

describe('the evidence windows come from sourced data', () => {
  it('gives every window at least one source, each at its publisher or read via a named copy', () => {
    expect(file.windows.length).toBeGreaterThan(0);
    for (const w of file.windows) {
      expect(w.sources.length, w.id).toBeGreaterThan(0);
      for (const s of w.sources) {
        expect(s.publisher, w.id).toBeTruthy();
        expect(Boolean(s.url) || Boolean(s.readVia), `${w.id}: ${s.label}`).toBe(true);
      }
    }
  });

  it("holds Flightlevel.be's windows as it wrote them, in Baku time, four hours ahead of UTC", () => {
    const byFlightlevel = file.windows.filter((w) => w.sources.some((s) => s.publisher === 'Flightlevel.be'));
    const written = byFlightlevel.flatMap((w) => (w.localTimes ? [w.localTimes.text] : []));
    // The report's own words: 08:25–08:37, 08:37–08:40, 08:40–09:03, 09:04–09:13, 09:13–10:07, 10:07–10:28.
    expect(written).toEqual([
      '08:25–08:37',
      '08:37–08:40',
      '08:40–09:03',
      '09:04–09:13',
      '09:13–10:07',
      '10:07–10:28',
    ]);
    for (const w of byFlightlevel.filter((x) => x.localTimes)) {
      const [from, to] = (w.localTimes?.text ?? '').split('–').map((hm) => {
        const [h, m] = hm.split(':').map(Number);
        return `${String((h ?? 0) - 4).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
      });
      expect([w.from.slice(11, 16), w.to.slice(11, 16)], w.id).toEqual([from, to]);
    }
  });

  it("agrees with Kursiv's Flightradar24 times where the two agree: signal lost 04:40, back 06:07 UTC", () => {
    const kursiv = file.windows.filter((w) => w.sources.some((s) => s.publisher === 'Kursiv'));
    const edges = kursiv.flatMap((w) => [w.from.slice(11, 16), w.to.slice(11, 16)]);
    expect(edges).toContain('04:40');
    expect(edges).toContain('06:07');
    expect(file.note).toMatch(/differ/);
  });

  it('formats a local clock time from the platform tz data', () => {
    expect(localClock('2024-12-25T04:25:00Z', 'Asia/Baku')).toBe('08:25');
    expect(localClock('2024-12-25T05:13:00Z', 'Europe/Moscow')).toBe('08:13');
  });
});

describe('the stretches cover the flight, one after another', () => {
  it('start at take-off, end at the crash, and neither overlap nor leave a time uncovered', () => {
    const s = file.stretches;
    expect(s[0]?.from).toBe(flight.start);
    expect(s.at(-1)?.to).toBe(flight.end);
    for (let i = 1; i < s.length; i++) expect(s[i]?.from, s[i]?.id).toBe(s[i - 1]?.to);
    for (const x of s) expect(ms(x.to), x.id).toBeGreaterThan(ms(x.from));
  });

  it('lie each inside its window, and carry that window’s sources', () => {
    for (const s of file.stretches) {
      const w = file.windows.find((x) => x.id === s.window);
      expect(w, s.id).toBeDefined();
      expect(ms(s.from) >= ms(w?.from ?? '') && ms(s.to) <= ms(w?.to ?? ''), s.id).toBe(true);
      expect(s.sources).toEqual(w?.sources);
    }
  });

  it('are drawn end to end along the flown track, the crash site last', () => {
    const lines = geojson.features.map((f) => f.geometry.coordinates);
    for (let i = 1; i < lines.length; i++) expect(lines[i]?.[0]).toEqual(lines[i - 1]?.at(-1));
    expect(lines[0]?.[0]).toEqual([50.05093, 40.47278]);
    expect(lines.at(-1)?.at(-1)).toEqual([51.01, 43.8825]);
  });

  it('draws the stretch with altitude but no position (from 05:25) east of Grozny, across the Caspian', () => {
    const caspian = geojson.features.find((f) => f.properties.from === '2024-12-25T05:25:00Z');
    expect(caspian?.properties.position).toBe('not-recorded');
    const lngs = caspian?.geometry.coordinates.map((p) => p[0] ?? 0) ?? [];
    expect(Math.min(...lngs)).toBeGreaterThan(45.7);
    expect(Math.max(...lngs)).toBeGreaterThan(49);
  });

  it("gives each stretch on the map a popup: its kind's legend, its times, what was received, its sources", () => {
    for (const f of geojson.features) {
      const p = f.properties;
      const kind = file.kinds.find((k) => k.id === p.kind);
      expect(p.popup, p.id).toEqual({
        title: kind?.legend,
        from: p.from,
        to: p.to,
        lines: [p.received, p.drawnAlong],
        sources: p.sources,
      });
      expect(p.popup.sources.length, p.id).toBeGreaterThan(0);
    }
  });

  it('cuts a line at two distances, keeping the vertices between', () => {
    const line = [
      [0, 0],
      [0, 1],
      [0, 2],
    ];
    const cut = sliceKm(line, 50, 200);
    expect(cut).toHaveLength(3);
    expect(cut[1]).toEqual([0, 1]);
    expect(cut[0]?.[1]).toBeCloseTo(50 / 111.195, 3);
  });
});

describe('every altitude has a source and a time', () => {
  it('gives every reading a source with its publisher; every altitude in feet has its time', () => {
    expect(file.altitude.readings.length).toBeGreaterThan(0);
    for (const r of file.altitude.readings) {
      expect(r.source.label, r.id).toBeTruthy();
      expect(r.source.publisher, r.id).toBeTruthy();
      if (r.feet !== undefined) expect(Number.isNaN(Date.parse(r.time ?? '')), r.id).toBe(false);
    }
  });

  it("holds the Kazakh commission's 3,500 ft at 05:13:31, by FlightGlobal", () => {
    const r = file.altitude.readings.find((x) => x.time === '2024-12-25T05:13:31Z');
    expect([r?.feet, r?.source.publisher]).toEqual([3500, 'FlightGlobal']);
  });
});

describe('bad evidence fails the build, naming the file and item', () => {
  it.each([
    [
      'a window whose local times do not match its UTC times',
      'evidence.json',
      '"text": "08:25–08:37"',
      '"text": "08:25–08:38"',
      /evidence\.json › window no-signal-1: the source's "08:25–08:38" \(Asia\/Baku\) is 08:25–08:37/,
    ],
    [
      'a gap between two windows',
      'evidence.json',
      '"from": "2024-12-25T04:37:00Z"',
      '"from": "2024-12-25T04:38:00Z"',
      /evidence\.json › window false-data: starts at 2024-12-25T04:38:00Z, not where the window before it ends/,
    ],
    [
      'a stretch outside its window',
      'evidence.json',
      '"to": "2024-12-25T04:50:00Z"',
      '"to": "2024-12-25T05:05:00Z"',
      /evidence\.json › stretch towards-grozny-2: .* is not inside window "no-signal-2"/,
    ],
    [
      'an unknown kind of evidence',
      'evidence.json',
      '"kind": "corrupt"',
      '"kind": "corupt"',
      /evidence\.json › stretch false-positions: unknown kind "corupt"/,
    ],
    [
      'an altitude without a source',
      'altitude.json',
      '"source": {\n        "label": "FlightGlobal on the Kazakh commission\'s preliminary findings: climbing',
      '"sauce": {\n        "label": "FlightGlobal on the Kazakh commission\'s preliminary findings: climbing',
      /altitude\.json › reading bang: "source" must be an object with a label/,
    ],
  ])('%s', (_, name, from, to, expected) => {
    const dir = corruptStory({ [name]: (s) => s.replace(from, to) });
    expect(buildErrors(dir).join('\n')).toMatch(expected);
  });

  it('passes the story as it is', () => {
    expect(verifyEvidence(readEvidence('geo', []), flight)).toEqual([]);
  });

  it('formats a stretch by its times', () => {
    expect(stretchTimes(readEvidence('geo', []))[0]?.from).toBe(flight.start);
  });
});

describe('the evidence files in the fact-check log', () => {
  it('logs every statement of ours: the note, each kind, what each window received, each stretch, each altitude', () => {
    const keys = evidenceStatements(readEvidence('geo', [])).map((s) => `${s.file} ${s.field}`);
    for (const k of [
      'evidence.json note',
      'evidence.json legend',
      'evidence.json replay',
      'evidence.json received',
      'evidence.json drawnAlong',
      'altitude.json text',
      'altitude.json none',
    ])
      expect(keys).toContain(k);
  });

  it('fails the build when a stretch is reworded without being checked again', () => {
    const dir = corruptStory({
      'evidence.json': (s) =>
        s.replace('our schematic link east across the Caspian', 'our line east across the Caspian'),
    });
    expect(buildErrors(dir, loadAtlas()).join('\n')).toMatch(
      /evidence\.json › stretch caspian › drawnAlong: .*changed since it was checked/,
    );
  }, 30_000);
});
