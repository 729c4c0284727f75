import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDownloadFiles,
  type DownloadFile,
  formatSource,
  formatSources,
} from '../../../geo/build/data-download.ts';
import { buildStory } from '../../../geo/build/main.ts';
import { formatError } from '../../../geo/build/story-error.ts';
import type { ClaimsFile, PlacePassages, SourcesFile, TimelineFile } from '../../../geo/schema.ts';

// The download is checked against the app's own data files from the same build: an independent
// CSV parser (csv-parse) must give back exactly what the map shows.
let built: Map<string, string>;
let download: Map<string, string>;
const file = (path: string): string => {
  const f = built.get(path);
  if (f === undefined) throw new Error(`no ${path}`);
  return f;
};
type Row = Record<string, string>;
// A reader that splits records on LF as well as CRLF, as many spreadsheet imports do: a line break
// inside a field survives only if the field is quoted.
const parseCsv = (text: string): Row[] =>
  parse(text, { columns: true, record_delimiter: ['\r\n', '\n'] }) as Row[];
const rowsOf = (name: string): Row[] => parseCsv(download.get(name) ?? '');

beforeAll(() => {
  const result = buildStory('geo');
  if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
  built = new Map(result.files.map((f) => [f.path, f.content.toString()]));
  download = new Map(
    [...built].filter(([p]) => p.startsWith('download/')).map(([p, c]) => [p.slice('download/'.length), c]),
  );
});

describe('the data download', () => {
  it('ships every file its README lists, and the README lists every file', () => {
    const readme = download.get('README.md') ?? '';
    const names = [...download.keys()].filter((n) => n !== 'README.md' && n !== 'index.json').sort();
    expect(names).toEqual([
      'altitude.csv',
      'articles.json',
      'claims.csv',
      'evidence.csv',
      'evidence.geojson',
      'later-findings.csv',
      'passages.csv',
      'places.geojson',
      'route.geojson',
      'timeline.csv',
    ]);
    for (const n of names) expect(readme).toContain(`\`${n}\``);
  });

  it('index.json, the list the app shows, names every file with what it is and its size in bytes', () => {
    const index = JSON.parse(download.get('index.json') ?? '') as {
      files: { name: string; description: string; bytes: number }[];
    };
    expect(index.files.map((f) => f.name).sort()).toEqual(
      [...download.keys()].filter((n) => n !== 'index.json').sort(),
    );
    for (const f of index.files) {
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.bytes).toBe(Buffer.byteLength(download.get(f.name) ?? ''));
    }
  });

  it('passages.csv parses back to every passage of every place, quote and offsets intact', () => {
    const rows = rowsOf('passages.csv');
    const expected = [...built]
      .filter(([p]) => p.startsWith('passages/'))
      .flatMap(([, c]) => {
        const { placeId, passages } = JSON.parse(c) as PlacePassages;
        return passages.flatMap((p) =>
          p.citations.map((cite) => ({
            place_id: placeId,
            article_id: cite.sourceId,
            quote: p.text,
            start: String(cite.start),
            end: String(cite.end),
          })),
        );
      });
    expect(rows.length).toBe(expected.length);
    expect(rows.map(({ article_headline: _, ...r }) => r)).toEqual(expect.arrayContaining(expected));
    // The offsets point into the article as served, so a reader can find each quote again.
    const sources = (JSON.parse(file('sources.json')) as SourcesFile).sources;
    for (const r of rows) {
      const meta = sources.find((s) => s.id === r.article_id);
      const article = file(`articles/${meta?.file}`);
      expect(article.slice(Number(r.start), Number(r.end))).toBe(r.quote);
    }
    // Articles hold quotation marks, commas and line breaks: they must have survived.
    expect(rows.some((r) => r.quote?.includes('"') || r.quote?.includes('“'))).toBe(true);
    expect(rows.some((r) => r.quote?.includes(','))).toBe(true);
  });

  it('claims.csv is the claims matrix: one row per claim and article, quotes verbatim', () => {
    const { claims } = JSON.parse(file('claims.json')) as ClaimsFile;
    const rows = rowsOf('claims.csv');
    expect(rows).toEqual(
      claims.flatMap((c) =>
        c.cells.map((cell) => ({
          claim_id: c.id,
          claim: c.label,
          article_id: cell.sourceId,
          status: cell.status,
          gist: cell.gist ?? '',
          quotes: cell.quotes.map((q) => q.text).join('\n'),
          offsets: cell.quotes.map((q) => `${q.start}-${q.end}`).join(' '),
          flagged: cell.flagged ? 'true' : 'false',
          disagreement: c.disagreement ?? '',
          note: c.note ?? '',
        })),
      ),
    );
    expect(rows.filter((r) => r.flagged === 'true').length).toBeGreaterThan(0);
  });

  it('timeline.csv has every event with its UTC time, approximate flag and sources', () => {
    const { events } = JSON.parse(file('timeline.json')) as TimelineFile;
    const rows = rowsOf('timeline.csv');
    expect(
      rows.map((r) => [r.event_id, r.time_utc, r.approximate, r.title, r.according_to, r.sources]),
    ).toEqual(
      events.map((e) => [
        e.id,
        e.time,
        String(e.approximate),
        e.title,
        e.accordingTo,
        formatSources(e.sources),
      ]),
    );
  });

  it('later-findings.csv keeps each finding with its source', () => {
    const { claims } = JSON.parse(file('claims.json')) as ClaimsFile;
    const findings = claims.flatMap((c) => (c.laterFindings ?? []).map((f) => [c.id, f.date, f.text]));
    expect(rowsOf('later-findings.csv').map((r) => [r.claim_id, r.date, r.finding])).toEqual(findings);
  });

  it('places and route as GeoJSON carry a source on every feature', () => {
    const places = JSON.parse(download.get('places.geojson') ?? '') as GeoJSON.FeatureCollection;
    const route = JSON.parse(download.get('route.geojson') ?? '') as GeoJSON.FeatureCollection;
    expect(places.features.length).toBeGreaterThan(0);
    for (const f of places.features) expect(f.properties?.coordSource?.label).toBeTruthy();
    for (const f of route.features) expect(f.properties?.source?.label).toBeTruthy();
  });
});

describe('CSV round trip (RFC 4180)', () => {
  it('any text with quotes, commas and new lines parses back unchanged', () => {
    // A timeline whose titles and details are arbitrary strings goes through the real writer.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), fc.string()), { minLength: 1, maxLength: 5 }),
        (texts) => {
          const events = texts.map(([title, detail], i) => ({
            id: `e${i}`,
            time: '2024-12-25T05:13:00Z',
            approximate: false,
            phase: 'flight' as const,
            title: `${title},"\n${title}`,
            detail: `${detail}\r\n`,
            accordingTo: `${detail}, "${title}"`,
            sources: [{ label: title, url: 'https://example.org/a' }],
          }));
          const files = buildDownloadFiles(storyWithTimeline(events));
          const rows = parseCsv(fileNamed(files, 'timeline.csv'));
          expect(rows.map((r) => [r.title, r.detail])).toEqual(events.map((e) => [e.title, e.detail]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

function fileNamed(files: DownloadFile[], name: string): string {
  return files.find((f) => f.name === name)?.content ?? '';
}

function storyWithTimeline(events: TimelineFile['events']): Parameters<typeof buildDownloadFiles>[0] {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    sources: { sources: [] },
    places: empty,
    route: empty,
    drone: empty,
    passages: [],
    placePassages: [],
    evidence: [],
    basemap: empty,
    timeline: { flight: { start: '', end: '' }, events },
    track: { line: [], lengthKm: 0, times: [] },
    unplacedWaypoints: [],
    claims: { claims: [] },
  };
}

describe('formatSource', () => {
  it.each([
    [{ label: 'Kazakh preliminary report' }, 'Kazakh preliminary report'],
    [
      {
        label: 'Crash report',
        publisher: 'FlightGlobal',
        date: '2025-02',
        url: 'https://flightglobal.com/a',
      },
      'Crash report (FlightGlobal, 2025-02) <https://flightglobal.com/a>',
    ],
    [
      { label: 'Blog post', publisher: 'Flightradar24', date: '2024-12-26', readVia: 'a copy on a forum' },
      'Blog post (Flightradar24, 2024-12-26; read via a copy on a forum)',
    ],
    [{ label: 'Sea leg', derived: true }, 'Sea leg (computed by this project)'],
  ])('%j → %s', (source, text) => {
    expect(formatSource(source)).toBe(text);
  });
});
