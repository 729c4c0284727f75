/**
 * The fact-check log (geo/README.md, "The fact-check log"): every sentence we write ourselves — place
 * summaries and notes, timeline titles and details, later findings, the claims view's glosses and
 * notes, route labels, legend and standfirst — has an entry in `fact-check/<file>` saying which
 * sources were checked, what each says, when, and a hash of the text as it was checked. The build
 * refuses a statement with no entry, a statement whose text changed since it was checked, an entry
 * that no longer has a statement, and an item whose cited sources the entry does not account for.
 * Pure, but for `readFactLog`.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FactSource } from '../schema.ts';
import type { FeaturePointSpec } from './feature-points.ts';
import { isObj, readJson, type Story } from './read-story.ts';
import type { StoryError } from './story-error.ts';
import type { StoryMetaSpec } from './story-meta.ts';

export const FACT_LOG_DIR = 'fact-check';

/** One sentence (or phrase) of ours, where it lives and what it leans on. */
export interface Statement {
  /** The data file it is written in ("timeline.json"); its log is `fact-check/<file>`. */
  file: string;
  /** The item in that file ("second-bang"): one log entry per item. */
  item: string;
  /** The field within the item ("detail", "000 gist", "laterFindings[0] text"). */
  field: string;
  text: string;
  /** The sources the item cites (see {@link sourceKey}): the log must say what each says. */
  cites: string[];
}

/** What the checker wrote down about one source of an item. */
export interface LoggedSource {
  source: string;
  says: string;
  /** A few of the page's own words, so the next checker can find the place again. */
  quote?: string;
}

export interface LogEntry {
  checked: string;
  /** Field → hash of its text when it was checked. */
  statements: Record<string, string>;
  sources: LoggedSource[];
}

/** File → item → entry. */
export type FactLog = Map<string, Map<string, LogEntry>>;

/** Hash of a statement's text as authored (placeholders unresolved, NFC): 12 hex digits of SHA-256. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, 12);
}

/** How a log names a cited source: its address, or its label when it has none; an article by id. */
export function sourceKey(source: FactSource): string {
  return source.url ?? source.label;
}

export const articleKey = (sourceId: string): string => `article ${sourceId}`;

/** A derived source (our own geometry) is logged too: what it is computed from. */
const cited = (sources: readonly FactSource[]): string[] => [...new Set(sources.map(sourceKey))];

/**
 * Every statement of ours in the story, in file order. `points` are the `points` layers' points
 * by layer id (each its own file, `<id>.json`).
 */
export function collectStatements(
  story: Story,
  meta: StoryMetaSpec | null,
  points: ReadonlyMap<string, readonly FeaturePointSpec[]> = new Map(),
): Statement[] {
  const out: Statement[] = [];
  const add = (file: string, item: string, cites: string[], fields: Record<string, string | undefined>) => {
    for (const [field, text] of Object.entries(fields)) {
      if (text !== undefined) out.push({ file, item, field, text, cites });
    }
  };
  if (meta) {
    const m = meta.meta;
    const figureSources = meta.figures.flatMap((f) =>
      f.quote ? [articleKey(f.quote.sourceId)] : f.source ? [sourceKey(f.source)] : [],
    );
    add('story.json', 'story', [...new Set(figureSources)], {
      title: m.title,
      pageTitle: m.pageTitle,
      description: m.description,
      standfirst: m.standfirst,
      credits: m.credits,
      ...Object.fromEntries(Object.entries(m.legend).map(([k, v]) => [`legend.${k}`, v])),
      // A layer's words: its toggle, its legend entries and what it adds to the download.
      ...Object.fromEntries(
        m.layers.flatMap((l) => [
          [`layers.${l.id}`, l.toggle],
          ...l.legend.map((e) => [`layers.${l.id}.legend.${e.id}`, e.text]),
          ...(l.download ? [[`layers.${l.id}.download`, l.download.description]] : []),
        ]),
      ),
    });
  }
  for (const [layerId, list] of points)
    for (const p of list) add(`${layerId}.json`, p.id, cited(p.sources), { title: p.title, text: p.text });
  for (const p of story.places) {
    add('gazetteer.json', p.id, cited([p.coordSource]), {
      summary: p.summary,
      precisionNote: p.precisionNote,
      noPassagesReason: p.noPassagesReason,
    });
  }
  for (const w of story.waypoints) {
    add('route.json', w.id, cited([w.source]), { label: w.label, timeNote: w.timeNote, note: w.note });
  }
  for (const s of story.segments) add('route.json', s.id, cited([s.source]), { note: s.note });
  if (story.drone)
    add(
      'drone-attacks.json',
      'claimedBy',
      [...new Set(story.drone.evidence.map((e) => articleKey(e.sourceId)))],
      { claimedBy: story.drone.claimedBy },
    );
  for (const e of story.timeline?.events ?? []) {
    add('timeline.json', e.id, cited(e.sources), {
      title: e.title,
      detail: e.detail,
      timeNote: e.timeNote,
      accordingTo: e.accordingTo,
    });
  }
  for (const c of story.claims) {
    const later = c.laterFindings ?? [];
    const articles = c.cells
      .filter((cell) => cell.status === 'stated' || cell.gist)
      .map((cell) => articleKey(cell.sourceId));
    add('claims.json', c.id, [...articles, ...cited(later.map((f) => f.source))], {
      label: c.label,
      disagreement: c.disagreement,
      note: c.note,
      ...Object.fromEntries(c.cells.map((cell) => [`${cell.sourceId} gist`, cell.gist])),
      ...Object.fromEntries(
        later.flatMap((f, i) => [
          [`laterFindings[${i}] text`, f.text],
          [`laterFindings[${i}] accordingTo`, f.accordingTo],
        ]),
      ),
    });
  }
  return out;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every way the log fails to cover `statements`, as errors named by the statement (or the log entry). */
export function checkFactLog(statements: readonly Statement[], log: FactLog): StoryError[] {
  const errors: StoryError[] = [];
  const byItem = new Map<string, Statement[]>();
  for (const s of statements) {
    const key = `${s.file}\u0000${s.item}`;
    byItem.set(key, [...(byItem.get(key) ?? []), s]);
  }
  for (const group of byItem.values()) {
    const { file, item, cites } = group[0] as Statement;
    const entry = log.get(file)?.get(item);
    if (!entry) {
      const hashes = group.map((s) => `${s.field} ${textHash(s.text)}`).join(', ');
      errors.push({
        file,
        item,
        message: `not in the fact-check log (${FACT_LOG_DIR}/${file}): check its statements against their sources and log what each source says (${hashes})`,
      });
      continue;
    }
    for (const s of group) {
      const logged = entry.statements[s.field];
      const now = textHash(s.text);
      if (logged === undefined) {
        errors.push({
          file,
          item: `${item} › ${s.field}`,
          message: `not in the fact-check log (${FACT_LOG_DIR}/${file}): check it against its sources, then log it (text hash ${now})`,
        });
      } else if (logged !== now) {
        errors.push({
          file,
          item: `${item} › ${s.field}`,
          message: `changed since it was checked on ${entry.checked} (logged ${logged}, now ${now}): re-check it against its sources, update what they say in ${FACT_LOG_DIR}/${file}, then its hash and date`,
        });
      }
    }
    const fields = new Set(group.map((s) => s.field));
    for (const field of Object.keys(entry.statements)) {
      if (!fields.has(field)) {
        errors.push({
          file: `${FACT_LOG_DIR}/${file}`,
          item: `${item} › ${field}`,
          message: 'logs a statement that no longer exists: remove it',
        });
      }
    }
    const logged = new Set(entry.sources.map((s) => s.source));
    for (const c of cites) {
      if (!logged.has(c)) {
        errors.push({
          file,
          item,
          message: `cites "${c}", but ${FACT_LOG_DIR}/${file} does not say what it says`,
        });
      }
    }
    if (entry.sources.length === 0) {
      errors.push({ file: `${FACT_LOG_DIR}/${file}`, item, message: 'lists no source checked' });
    }
  }
  for (const [file, entries] of log) {
    for (const item of entries.keys()) {
      if (!byItem.has(`${file}\u0000${item}`)) {
        errors.push({
          file: `${FACT_LOG_DIR}/${file}`,
          item,
          message: 'logs an item that no longer exists: remove it',
        });
      }
    }
  }
  return errors;
}

/** Reads `fact-check/*.json` of a story directory; shape problems are named errors. */
export function readFactLog(dir: string, errors: StoryError[]): FactLog {
  const log: FactLog = new Map();
  let files: string[] = [];
  try {
    files = readdirSync(join(dir, FACT_LOG_DIR))
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return log;
  }
  for (const file of files) {
    const path = `${FACT_LOG_DIR}/${file}`;
    const root = readJson(dir, path, errors);
    if (root === undefined) continue;
    if (!isObj(root)) {
      errors.push({ file: path, item: '(root)', message: 'must be an object of items' });
      continue;
    }
    const entries = new Map<string, LogEntry>();
    for (const [item, value] of Object.entries(root)) {
      const entry = readEntry(value);
      if (typeof entry === 'string') errors.push({ file: path, item, message: entry });
      else entries.set(item, entry);
    }
    log.set(file, entries);
  }
  return log;
}

/** One entry, or what is wrong with it. */
function readEntry(v: unknown): LogEntry | string {
  if (!isObj(v)) return 'must be { "checked", "statements", "sources" }';
  const { checked, statements, sources } = v;
  if (typeof checked !== 'string' || !DATE.test(checked))
    return '"checked" must be the date checked, YYYY-MM-DD';
  if (
    !isObj(statements) ||
    !Object.values(statements).every((h) => typeof h === 'string' && /^[0-9a-f]{12}$/.test(h))
  ) {
    return '"statements" must map each field to the 12-hex-digit hash of its text';
  }
  if (!Array.isArray(sources)) return '"sources" must be a list of { "source", "says" }';
  const rows: LoggedSource[] = [];
  for (const [i, s] of sources.entries()) {
    if (
      !isObj(s) ||
      typeof s.source !== 'string' ||
      s.source === '' ||
      typeof s.says !== 'string' ||
      s.says.trim().length < 10
    ) {
      return `sources[${i}] must be { "source": its address or label, "says": what it says, in a sentence }`;
    }
    if (s.quote !== undefined && typeof s.quote !== 'string')
      return `sources[${i}].quote must be the page's words`;
    rows.push({ source: s.source, says: s.says, ...(typeof s.quote === 'string' ? { quote: s.quote } : {}) });
  }
  return { checked, statements: statements as Record<string, string>, sources: rows };
}
