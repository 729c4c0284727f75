/**
 * The story's words in other languages (geo/README.md, "Translations"). A translation lives in
 * `i18n/<lang>/<file>`, keyed like the fact-check log (item → field), and records the hash of the
 * English it translates; it is checked against that English (still the same text, every figure,
 * every placeholder and every quoted phrase kept) and against its own log in
 * `fact-check/<lang>/<file>` (checked by whom, when, and the hash of the translation). Untranslated
 * fields fall back to English. Pure, but for the readers.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { StoryMeta } from '../schema.ts';
import {
  ALTITUDE_FILE,
  EVIDENCE_FILE,
  type EvidenceSpec,
  emptyEvidence,
  evidenceStatements,
} from './evidence.ts';
import { collectStatements, FACT_LOG_DIR, textHash } from './fact-check.ts';
import type { FeaturePointSpec } from './feature-points.ts';
import { MAP_NAMES_FILE } from './map-names.ts';
import { isObj, readJson, STORY_FILES, type Story } from './read-story.ts';
import type { StoryError } from './story-error.ts';
import { STORY_META_FILE, type StoryMetaSpec } from './story-meta.ts';

export const TRANSLATION_DIR = 'i18n';
/** The language the story is written in: every other language translates it. */
export const SOURCE_LANG = 'en';
const LANG = /^[a-z]{2,3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HASH = /^[0-9a-f]{12}$/;

/** One field of the story a reader reads: where it lives and its English text, as authored. */
export interface TranslatableField {
  file: string;
  item: string;
  field: string;
  text: string;
}

/** A field's translation: the hash of the English it was made from, and its text. */
export interface Translation {
  en: string;
  text: string;
}

/** file → item → field → translation. */
export type TranslationSet = Map<string, Map<string, Map<string, Translation>>>;

/** A language's log entry for one item: who checked the translation, when, and its hashes. */
export interface TranslationLogEntry {
  checked: string;
  by: string;
  statements: Record<string, string>;
}

/** file → item → entry. */
export type TranslationLog = Map<string, Map<string, TranslationLogEntry>>;

export interface Language {
  lang: string;
  translations: TranslationSet;
  log: TranslationLog;
}

export const fieldKey = (f: { file: string; item: string; field: string }): string =>
  `${f.file} › ${f.item} › ${f.field}`;

/**
 * Every field a translation may give: each statement of the fact-check log, plus the words that are
 * names and labels rather than statements (a place's name, the claims view's column names, …).
 */
export function translatableFields(
  story: Story,
  meta: StoryMetaSpec | null,
  points: ReadonlyMap<string, readonly FeaturePointSpec[]> = new Map(),
  evidence: EvidenceSpec = emptyEvidence(),
): TranslatableField[] {
  const out: TranslatableField[] = [
    ...collectStatements(story, meta, points),
    ...evidenceStatements(evidence),
  ].map(({ file, item, field, text }) => ({ file, item, field, text }));
  const add = (file: string, item: string, field: string, text: string | undefined) => {
    if (text !== undefined) out.push({ file, item, field, text });
  };
  if (meta) {
    const m = meta.meta;
    add(STORY_META_FILE, 'story', 'publisher', m.publisher);
    add(STORY_META_FILE, 'story', 'mapLabel', m.mapLabel);
    add(STORY_META_FILE, 'story', 'day.label', m.day?.label);
    for (const [k, v] of Object.entries(m.replay ?? {})) add(STORY_META_FILE, 'story', `replay.${k}`, v);
    for (const [k, v] of Object.entries(m.claims)) add(STORY_META_FILE, 'story', `claims.${k}`, v);
    for (const l of m.layers) add(STORY_META_FILE, 'story', `layers.${l.id}.part`, l.part);
  }
  for (const p of story.places) add(STORY_FILES.gazetteer, p.id, 'name', p.name);
  return out;
}

// ---------------------------------------------------------------------------------------------
// The checks of a translation against its English
// ---------------------------------------------------------------------------------------------

const PLACEHOLDER = /\{[A-Za-z]+:[^{}]*\}/g;
/** Digit groups ("3,500", "3 500", "3 500"): one figure, whichever separator a language uses. */
const GROUPED = /(?<!\d)\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?!\d)/g;
/** Phrases in quotation marks are someone's own words: they stay in English. */
const QUOTED = /“([^”]+)”|"([^"]+)"/g;

/**
 * The figures of a text: every run of digits, digit groups joined ("3,500" → "3500"), outside
 * placeholders (their figures are measured, the same in every language). "05:13" is 05 and 13.
 */
export function figuresOf(text: string): string[] {
  return (
    text
      .replace(PLACEHOLDER, ' ')
      .replace(GROUPED, (m) => m.replace(/\D/g, ''))
      .match(/\d+/g) ?? []
  );
}

/** What `have` lacks of `want`, as a multiset: each figure as often as the English has it. */
function missing(want: readonly string[], have: readonly string[]): string[] {
  const left = [...have];
  const out: string[] = [];
  for (const w of want) {
    const i = left.indexOf(w);
    if (i === -1) out.push(w);
    else left.splice(i, 1);
  }
  return out;
}

/** What is wrong with one translation of one English text (empty when nothing is). */
export function translationProblems(english: string, t: Translation): string[] {
  const problems: string[] = [];
  if (t.text.trim() === '') return ['the translation is empty: remove the field to fall back to English'];
  const now = textHash(english);
  if (t.en !== now) {
    problems.push(
      `stale translation: the English changed since it was translated (translated from ${t.en}, now ${now}): translate the new English, then set "en" to ${now}`,
    );
  }
  const lacks = missing(figuresOf(english), figuresOf(t.text));
  if (lacks.length > 0)
    problems.push(`the translation lacks the English's figure(s) ${lacks.join(', ')}: every figure stays`);
  const extra = missing(figuresOf(t.text), figuresOf(english));
  if (extra.length > 0)
    problems.push(`the translation has figure(s) ${extra.join(', ')} that the English does not`);
  const placeholders = (s: string) => (s.match(PLACEHOLDER) ?? []).sort();
  const want = placeholders(english);
  const have = placeholders(t.text);
  if (want.join() !== have.join())
    problems.push(
      `the translation must keep the English's placeholders as they are (${want.join(' ') || 'none'}; it has ${have.join(' ') || 'none'})`,
    );
  for (const m of english.matchAll(QUOTED)) {
    const quote = m[1] ?? m[2] ?? '';
    if (!t.text.includes(quote))
      problems.push(`the quote “${quote}” is someone's own words: keep it in English, verbatim`);
  }
  return problems;
}

/** Every way a language's translations fail their English or their log, named by field. */
export function checkTranslations(fields: readonly TranslatableField[], language: Language): StoryError[] {
  const { lang, translations, log } = language;
  const errors: StoryError[] = [];
  const dir = `${TRANSLATION_DIR}/${lang}`;
  const logDir = `${FACT_LOG_DIR}/${lang}`;
  const english = new Map(fields.map((f) => [fieldKey(f), f.text]));
  for (const [file, items] of translations) {
    for (const [item, byField] of items) {
      const entry = log.get(file)?.get(item);
      for (const [field, t] of byField) {
        const name = { file: `${dir}/${file}`, item: `${item} › ${field}` };
        const en = english.get(fieldKey({ file, item, field }));
        if (en === undefined) {
          errors.push({
            ...name,
            message: `translates a field that does not exist in ${file}: remove it, or fix its item or field name`,
          });
          continue;
        }
        for (const message of translationProblems(en, t)) errors.push({ ...name, message });
        const logged = entry?.statements[field];
        const hash = textHash(t.text);
        if (!entry || logged === undefined) {
          errors.push({
            ...name,
            message: `translation not in the fact-check log (${logDir}/${file}): check it against the English, then log it (text hash ${hash})`,
          });
        } else if (logged !== hash) {
          errors.push({
            ...name,
            message: `translation changed since it was checked on ${entry.checked} (logged ${logged}, now ${hash}): re-check it against the English, then update its hash and date in ${logDir}/${file}`,
          });
        }
      }
    }
  }
  for (const [file, items] of log) {
    for (const [item, entry] of items) {
      for (const field of Object.keys(entry.statements)) {
        if (!translations.get(file)?.get(item)?.has(field)) {
          errors.push({
            file: `${logDir}/${file}`,
            item: `${item} › ${field}`,
            message: 'logs a translation that does not exist: remove it',
          });
        }
      }
    }
  }
  return errors;
}

/** How many of the fields a language translates (and are not stale), and which are left. */
export function coverage(
  fields: readonly TranslatableField[],
  translations: TranslationSet,
): { translated: number; left: TranslatableField[] } {
  const left = fields.filter((f) => {
    const t = translations.get(f.file)?.get(f.item)?.get(f.field);
    return t === undefined || t.en !== textHash(f.text);
  });
  return { translated: fields.length - left.length, left };
}

// ---------------------------------------------------------------------------------------------
// Applying a translation: the same story, its words in another language
// ---------------------------------------------------------------------------------------------

/** A field's words in the language, or its English (untranslated fields fall back). */
export type Words = (file: string, item: string, field: string, english: string) => string;

export function wordsOf(translations: TranslationSet): Words {
  return (file, item, field, english) => translations.get(file)?.get(item)?.get(field)?.text ?? english;
}

function opt<K extends string>(key: K, v: string | undefined): { [P in K]?: string } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: string };
}

/**
 * The story with its statements in the language, before its placeholders are resolved. Place names
 * stay English here, because passages are found in the (English) articles by them: the generated
 * features take the translated names afterwards ({@link translatePlaceNames}).
 */
export function translateStory(story: Story, w: Words): Story {
  const G = STORY_FILES.gazetteer;
  const R = STORY_FILES.route;
  const T = STORY_FILES.timeline;
  const C = STORY_FILES.claims;
  const o = (file: string, item: string, field: string, v: string | undefined) =>
    v === undefined ? undefined : w(file, item, field, v);
  return {
    ...story,
    places: story.places.map((p) => ({
      ...p,
      summary: w(G, p.id, 'summary', p.summary),
      ...opt('precisionNote', o(G, p.id, 'precisionNote', p.precisionNote)),
      ...opt('noPassagesReason', o(G, p.id, 'noPassagesReason', p.noPassagesReason)),
    })),
    waypoints: story.waypoints.map((x) => ({
      ...x,
      label: w(R, x.id, 'label', x.label),
      ...opt('timeNote', o(R, x.id, 'timeNote', x.timeNote)),
      ...opt('note', o(R, x.id, 'note', x.note)),
    })),
    segments: story.segments.map((s) => ({ ...s, ...opt('note', o(R, s.id, 'note', s.note)) })),
    drone: story.drone && {
      ...story.drone,
      claimedBy: w(STORY_FILES.drone, 'claimedBy', 'claimedBy', story.drone.claimedBy),
    },
    timeline: story.timeline && {
      ...story.timeline,
      events: story.timeline.events.map((e) => ({
        ...e,
        title: w(T, e.id, 'title', e.title),
        ...opt('detail', o(T, e.id, 'detail', e.detail)),
        ...opt('timeNote', o(T, e.id, 'timeNote', e.timeNote)),
        accordingTo: w(T, e.id, 'accordingTo', e.accordingTo),
      })),
    },
    claims: story.claims.map((c) => ({
      ...c,
      label: w(C, c.id, 'label', c.label),
      ...opt('disagreement', o(C, c.id, 'disagreement', c.disagreement)),
      ...opt('note', o(C, c.id, 'note', c.note)),
      cells: c.cells.map((cell) => ({
        ...cell,
        ...opt('gist', o(C, c.id, `${cell.sourceId} gist`, cell.gist)),
      })),
      ...(c.laterFindings
        ? {
            laterFindings: c.laterFindings.map((f, i) => ({
              ...f,
              text: w(C, c.id, `laterFindings[${i}] text`, f.text),
              accordingTo: w(C, c.id, `laterFindings[${i}] accordingTo`, f.accordingTo),
            })),
          }
        : {}),
    })),
  };
}

/** The evidence's words in the language (kinds, windows, stretches, altitudes), items as the log names them. */
export function translateEvidence(spec: EvidenceSpec, w: Words): EvidenceSpec {
  const E = EVIDENCE_FILE;
  const A = ALTITUDE_FILE;
  return {
    ...spec,
    ...opt('note', spec.note === undefined ? undefined : w(E, 'note', 'note', spec.note)),
    kinds: spec.kinds.map((k) => ({
      ...k,
      legend: w(E, `kind ${k.id}`, 'legend', k.legend),
      replay: w(E, `kind ${k.id}`, 'replay', k.replay),
    })),
    windows: spec.windows.map((x) => ({ ...x, received: w(E, `window ${x.id}`, 'received', x.received) })),
    stretches: spec.stretches.map((s) => ({
      ...s,
      drawnAlong: w(E, `stretch ${s.id}`, 'drawnAlong', s.drawnAlong),
    })),
    altitudeLabel: w(A, '(root)', 'label', spec.altitudeLabel),
    noAltitude: w(A, '(root)', 'none', spec.noAltitude),
    ...opt(
      'altitudeNote',
      spec.altitudeNote === undefined ? undefined : w(A, '(root)', 'note', spec.altitudeNote),
    ),
    readings: spec.readings.map((r) => ({ ...r, text: w(A, `reading ${r.id}`, 'text', r.text) })),
  };
}

/** A `points` layer's points, their titles and texts in the language. */
export function translatePoints(layerId: string, points: readonly FeaturePointSpec[], w: Words) {
  const file = `${layerId}.json`;
  return points.map((p) => ({
    ...p,
    title: w(file, p.id, 'title', p.title),
    text: w(file, p.id, 'text', p.text),
  }));
}

/** The generated story.json in the language: its own words, and the clocks named by the places. */
export function translateMeta<M extends Omit<StoryMeta, 'detailTiles'>>(
  meta: M,
  w: Words,
  placeName: (id: string) => string,
): M {
  const s = (field: string, v: string) => w(STORY_META_FILE, 'story', field, v);
  const record = <T extends Record<string, string>>(prefix: string, r: T): T =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, s(`${prefix}.${k}`, v)])) as T;
  return {
    ...meta,
    title: s('title', meta.title),
    pageTitle: s('pageTitle', meta.pageTitle),
    description: s('description', meta.description),
    standfirst: s('standfirst', meta.standfirst),
    credits: s('credits', meta.credits),
    publisher: s('publisher', meta.publisher),
    ...(meta.day ? { day: { ...meta.day, label: s('day.label', meta.day.label) } } : {}),
    ...(meta.timeZones
      ? { timeZones: meta.timeZones.map((z) => ({ ...z, label: placeName(z.placeId) })) }
      : {}),
    mapLabel: s('mapLabel', meta.mapLabel),
    layers: meta.layers.map((l) => ({
      ...l,
      toggle: s(`layers.${l.id}`, l.toggle),
      part: s(`layers.${l.id}.part`, l.part),
      legend: l.legend.map((e) => ({ ...e, text: s(`layers.${l.id}.legend.${e.id}`, e.text) })),
      ...(l.download
        ? { download: { description: s(`layers.${l.id}.download`, l.download.description) } }
        : {}),
    })),
    legend: record('legend', meta.legend),
    ...(meta.replay ? { replay: record('replay', meta.replay) } : {}),
    claims: record('claims', meta.claims),
  };
}

/** A generated collection whose features name a place (`name`, by `id` or `placeId`), renamed. */
export function translatePlaceNames<
  C extends { features: { properties: { name: string; id?: string; placeId?: string } }[] },
>(collection: C, placeName: (id: string) => string): C {
  return {
    ...collection,
    features: collection.features.map((f) => ({
      ...f,
      properties: { ...f.properties, name: placeName(f.properties.placeId ?? f.properties.id ?? '') },
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

const subdirs = (path: string): string[] => {
  try {
    return readdirSync(path)
      .filter((d) => statSync(join(path, d)).isDirectory())
      .sort();
  } catch {
    return [];
  }
};

const jsonFiles = (path: string): string[] => {
  try {
    return readdirSync(path)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
};

/** Reads `i18n/<lang>/*.json` and `fact-check/<lang>/*.json` of a story directory, every language. */
export function readLanguages(dir: string, errors: StoryError[]): Language[] {
  const out: Language[] = [];
  for (const lang of subdirs(join(dir, TRANSLATION_DIR))) {
    if (!LANG.test(lang) || lang === SOURCE_LANG) {
      errors.push({
        file: `${TRANSLATION_DIR}/${lang}`,
        item: '(folder)',
        message: `must be named by a language code other than "${SOURCE_LANG}" (ru, de, kk…)`,
      });
      continue;
    }
    out.push({
      lang,
      translations: readTranslationSet(dir, lang, errors),
      log: readTranslationLog(dir, lang, errors),
    });
  }
  return out;
}

function readItems(
  dir: string,
  path: string,
  errors: StoryError[],
  each: (item: string, v: unknown) => string | undefined,
): void {
  const root = readJson(dir, path, errors);
  if (root === undefined) return;
  if (!isObj(root)) {
    errors.push({ file: path, item: '(root)', message: 'must be an object of items' });
    return;
  }
  for (const [item, v] of Object.entries(root)) {
    const problem = each(item, v);
    if (problem !== undefined) errors.push({ file: path, item, message: problem });
  }
}

function readTranslationSet(dir: string, lang: string, errors: StoryError[]): TranslationSet {
  const set: TranslationSet = new Map();
  for (const file of jsonFiles(join(dir, TRANSLATION_DIR, lang))) {
    // The map's own labels: names, not translations of the story's fields (map-names.ts).
    if (file === MAP_NAMES_FILE) continue;
    const items = new Map<string, Map<string, Translation>>();
    readItems(dir, `${TRANSLATION_DIR}/${lang}/${file}`, errors, (item, v) => {
      if (!isObj(v)) return 'must map each field to { "en": hash of the English, "text": the translation }';
      const fields = new Map<string, Translation>();
      for (const [field, t] of Object.entries(v)) {
        if (!isObj(t) || typeof t.en !== 'string' || !HASH.test(t.en) || typeof t.text !== 'string')
          return `${field}: must be { "en": the 12-hex-digit hash of the English it translates, "text": the translation }`;
        fields.set(field, { en: t.en, text: t.text });
      }
      items.set(item, fields);
      return undefined;
    });
    set.set(file, items);
  }
  return set;
}

/** Whether a `by` says who translated or wrote and checked something, and how: a sentence. */
export const saysWho = (by: unknown): by is string => typeof by === 'string' && by.trim().length >= 10;

function readTranslationLog(dir: string, lang: string, errors: StoryError[]): TranslationLog {
  const log: TranslationLog = new Map();
  for (const file of jsonFiles(join(dir, FACT_LOG_DIR, lang))) {
    const items = new Map<string, TranslationLogEntry>();
    readItems(dir, `${FACT_LOG_DIR}/${lang}/${file}`, errors, (item, v) => {
      if (!isObj(v)) return 'must be { "checked", "by", "statements" }';
      const { checked, by, statements } = v;
      if (typeof checked !== 'string' || !DATE.test(checked))
        return '"checked" must be the date checked, YYYY-MM-DD';
      if (!saysWho(by)) return '"by" must say who translated and checked it, and how (a sentence)';
      if (
        !isObj(statements) ||
        !Object.values(statements).every((h) => typeof h === 'string' && HASH.test(h))
      )
        return '"statements" must map each field to the 12-hex-digit hash of its translation';
      items.set(item, { checked, by, statements: statements as Record<string, string> });
      return undefined;
    });
    log.set(file, items);
  }
  return log;
}
