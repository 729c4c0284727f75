/**
 * The "Download the data" files (data/download/): what an investigator takes away, built from the
 * same verified outputs the app draws, so the download can never say more or less than the map.
 * CSV is RFC 4180 (csv-stringify with CRLF records, every field that needs it quoted), so quotes,
 * commas and new lines in the articles survive a round trip.
 */
import { stringify } from 'csv-stringify/sync';
import type { EvidenceCollection, EvidenceFile, FactSource, SourceMeta } from '../schema.ts';
import type { StoryOutputs } from './generate.ts';

export interface DownloadFile {
  /** Relative to data/download/. */
  name: string;
  content: string;
  /** One line for the download list and its README. */
  description: string;
}

const csv = (header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): string =>
  stringify([header, ...rows], {
    record_delimiter: 'windows',
    // By default only the record delimiter (CRLF) forces quotes; a lone LF in a quote must too,
    // or spreadsheet imports that split on LF would cut the row.
    quoted_match: /[\r\n]/,
    cast: { boolean: (b) => (b ? 'true' : 'false') },
  });

/** One source as text: "label (publisher, date; read via …) <url>". */
export function formatSource(s: FactSource): string {
  const about = [s.publisher, s.date].filter(Boolean).join(', ');
  const via = s.readVia ? `read via ${s.readVia}` : '';
  const note = [about, via, s.derived ? 'computed by this project' : ''].filter(Boolean).join('; ');
  return `${s.label}${note ? ` (${note})` : ''}${s.url ? ` <${s.url}>` : ''}`;
}

/** A fact's sources in one CSV field, separated by " | ". */
export const formatSources = (sources: readonly FactSource[]): string =>
  sources.map(formatSource).join(' | ');

function passagesCsv(out: StoryOutputs, sources: readonly SourceMeta[]): string {
  const headline = new Map(sources.map((s) => [s.id, s.headline]));
  const rows = out.placePassages.flatMap(({ placeId, passages }) =>
    passages.flatMap((p) =>
      p.citations.map((c) => [placeId, c.sourceId, headline.get(c.sourceId) ?? '', p.text, c.start, c.end]),
    ),
  );
  return csv(['place_id', 'article_id', 'article_headline', 'quote', 'start', 'end'], rows);
}

function claimsCsv(out: StoryOutputs): string {
  const rows = out.claims.claims.flatMap((claim) =>
    claim.cells.map((cell) => [
      claim.id,
      claim.label,
      cell.sourceId,
      cell.status,
      cell.gist ?? '',
      cell.quotes.map((q) => q.text).join('\n'),
      cell.quotes.map((q) => `${q.start}-${q.end}`).join(' '),
      cell.flagged === true,
      claim.disagreement ?? '',
      claim.note ?? '',
    ]),
  );
  return csv(
    [
      'claim_id',
      'claim',
      'article_id',
      'status',
      'gist',
      'quotes',
      'offsets',
      'flagged',
      'disagreement',
      'note',
    ],
    rows,
  );
}

function laterFindingsCsv(out: StoryOutputs): string {
  const rows = out.claims.claims.flatMap((claim) =>
    (claim.laterFindings ?? []).map((f) => [
      claim.id,
      f.date,
      f.accordingTo,
      f.text,
      formatSources([f.source]),
    ]),
  );
  return csv(['claim_id', 'date', 'according_to', 'finding', 'source'], rows);
}

function timelineCsv(out: StoryOutputs): string {
  const rows = (out.timeline?.events ?? []).map((e) => [
    e.id,
    e.time,
    e.approximate,
    e.timeNote ?? '',
    e.phase,
    e.title,
    e.detail ?? '',
    e.accordingTo,
    e.placeId ?? '',
    formatSources(e.sources),
  ]);
  return csv(
    [
      'event_id',
      'time_utc',
      'approximate',
      'time_note',
      'phase',
      'title',
      'detail',
      'according_to',
      'place_id',
      'sources',
    ],
    rows,
  );
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** JSON as the download writes it: indented, for a reader opening the file. */
export const downloadJson = json;

function readme(files: readonly Omit<DownloadFile, 'content'>[]): string {
  return [
    '# The data behind the map',
    '',
    "Built by `npm run geo` from the hand-authored, sourced files in the project's `geo/` folder; every quote",
    'was checked verbatim against its article when these files were made.',
    '',
    '## Files',
    '',
    ...files.map((f) => `- \`${f.name}\`: ${f.description}`),
    '',
    'CSV files are RFC 4180: comma-separated, CRLF records, fields quoted where they hold commas, quotes or',
    'new lines. Offsets (`start`, `end`) are UTF-16 code units into the article text as served in',
    '`data/articles/`, so `article.slice(start, end)` is the quote.',
    '',
    '## Licences and credit',
    '',
    '- Quotes are short extracts of the articles, cited to them; the articles belong to their publishers.',
    '- Place and route positions carry their own sources (`coordSource`, `source`).',
    "- The map's land and borders: Natural Earth (public domain).",
    '',
    '## How to cite',
    '',
    'Name the explorer, the permalink of the view you used, and the date you accessed it; cite each quote',
    'to its article (headline, outlet, date) as the files above give it.',
    '',
  ].join('\n');
}

/** The flown path by its evidence: one row per stretch, with the kind's legend name and sources. */
function evidenceCsv(file: EvidenceFile): string {
  const legend = new Map(file.kinds.map((k) => [k.id, k.legend]));
  const rows = file.stretches.map((s) => [
    s.id,
    s.kind,
    legend.get(s.kind) ?? '',
    s.from,
    s.to,
    s.received,
    s.drawnAlong,
    formatSources(s.sources),
  ]);
  return csv(
    ['id', 'evidence', 'evidence_name', 'from_utc', 'to_utc', 'received', 'drawn_along', 'sources'],
    rows,
  );
}

/** Every altitude the sources give, at its time (or after the reading it follows), with its source. */
function altitudeCsv(file: EvidenceFile): string {
  const rows = file.altitude.readings.map((r) => [
    r.id,
    r.time ?? '',
    r.after ?? '',
    r.feet ?? '',
    r.text,
    formatSource(r.source),
  ]);
  return csv(['id', 'time_utc', 'after', 'feet', 'what_the_source_says', 'source'], rows);
}

function evidenceFiles(evidence: { file: EvidenceFile; geojson: EvidenceCollection }): DownloadFile[] {
  if (evidence.file.stretches.length === 0 && evidence.file.altitude.readings.length === 0) return [];
  return [
    {
      name: 'evidence.geojson',
      content: json(evidence.geojson),
      description:
        'the path flown, stretch by stretch, each with its kind of evidence, times (UTC), what was received and sources',
    },
    {
      name: 'evidence.csv',
      content: evidenceCsv(evidence.file),
      description:
        'the same stretches as a table: kind of evidence, from and to (UTC), what was received, sources',
    },
    {
      name: 'altitude.csv',
      content: altitudeCsv(evidence.file),
      description: 'every altitude and speed the sources give, at its time (UTC), each with its source',
    },
  ];
}

/**
 * Every download file, README last. `layers` are what the story's layers add (story.json `layers`
 * `download`: their data file, described), after the places.
 */
export function buildDownloadFiles(
  out: StoryOutputs,
  evidence?: { file: EvidenceFile; geojson: EvidenceCollection },
  layers: readonly DownloadFile[] = [],
): DownloadFile[] {
  const sources = out.sources.sources;
  const files: DownloadFile[] = [
    {
      name: 'places.geojson',
      content: json(out.places),
      description: 'the places, with where each position comes from and how precise it is',
    },
    ...layers,
    {
      name: 'passages.csv',
      content: passagesCsv(out, sources),
      description: 'every passage quoted on the map: place, article, the quote and its character offsets',
    },
    {
      name: 'claims.csv',
      content: claimsCsv(out),
      description:
        'the claims matrix: for each claim and article, what the article says (verbatim) or that it is silent',
    },
    {
      name: 'later-findings.csv',
      content: laterFindingsCsv(out),
      description: 'what later official findings established, per claim, with sources',
    },
    ...(out.timeline
      ? [
          {
            name: 'timeline.csv',
            content: timelineCsv(out),
            description: "the chronology, UTC, with approximate times marked and each event's sources",
          },
        ]
      : []),
    {
      name: 'articles.json',
      content: json(out.sources),
      description: "the articles' metadata: headline, date, byline and outlet where the article names them",
    },
    ...(evidence ? evidenceFiles(evidence) : []),
  ];
  return [
    ...files,
    { name: 'README.md', content: readme(files), description: 'this list, licences and how to cite' },
  ];
}

/**
 * The list the app's "Download the data" shows (data/download/index.json): each file's name, what
 * it is and its size, so the app never repeats these words or guesses a size.
 */
export function downloadIndex(files: readonly DownloadFile[]): {
  files: { name: string; description: string; bytes: number }[];
} {
  return {
    files: files.map((f) => ({
      name: f.name,
      description: f.description,
      bytes: new TextEncoder().encode(f.content).length,
    })),
  };
}
