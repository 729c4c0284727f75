/**
 * `npm run geo [-- --story DIR] [-- --out DIR]`: read → verify → emit. Writes nothing unless every
 * check passes; output goes to a temporary directory that is renamed into place at the end.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BasemapCollection, LanguagesFile, StoryMeta } from '../schema.ts';
import { edgeLabels, storyBounds } from '../story-bounds.ts';
import { buildBasemap, type CountriesTopology } from './basemap.ts';
import { buildDownloadFiles, type DownloadFile, downloadIndex, downloadJson } from './data-download.ts';
import {
  buildEvidence,
  type EvidenceSpec,
  evidenceStatements,
  markEvidenced,
  readEvidence,
  verifyEvidence,
} from './evidence.ts';
import { checkFactLog, collectStatements, readFactLog } from './fact-check.ts';
import {
  type FeaturePointSpec,
  featurePointsGeojson,
  readPointLayers,
  verifyFeaturePoints,
} from './feature-points.ts';
import { generate, type StoryOutputs } from './generate.ts';
import { buildMapContext, MAP_CONTEXT_FILES, readDetailTilesConfig } from './map-context.ts';
import { PROSE_WORDS } from './prose.ts';
import { readStory, STORY_FILES, type Story } from './read-story.ts';
import { formatError, type StoryError } from './story-error.ts';
import { readStoryMeta, verifyStoryMeta } from './story-meta.ts';
import { resolveStoryProse } from './story-prose.ts';
import { DETAIL_LAND_LAYER } from './tiles.ts';
import {
  checkTranslations,
  coverage,
  type Language,
  readLanguages,
  TRANSLATION_DIR,
  translatableFields,
  translateEvidence,
  translateMeta,
  translatePlaceNames,
  translatePoints,
  translateStory,
  wordsOf,
} from './translations.ts';
import { verifyInputs, verifyOutputs } from './verify.ts';

export interface OutputFile {
  /** Relative to the output directory, with forward slashes. */
  path: string;
  content: string | Buffer;
}

/** `notes`: what the build reports without failing (how much of each language is translated). */
export type BuildResult =
  | { ok: true; files: OutputFile[]; notes: string[]; basemap: BasemapCollection; langs: string[] }
  | { ok: false; errors: StoryError[] };

/** Natural Earth 1:10m countries as shipped by world-atlas. */
export function loadAtlas(): CountriesTopology {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return JSON.parse(readFileSync(path, 'utf8')) as CountriesTopology;
}

const json = (value: unknown): string => `${JSON.stringify(value)}\n`;

/**
 * Builds the story in `storyDir` in memory. Pass `atlas` to reuse an already parsed world atlas.
 *
 * @example const r = buildStory('geo'); if (!r.ok) console.error(r.errors);
 */
export function buildStory(storyDir: string, atlas: CountriesTopology = loadAtlas()): BuildResult {
  const { story: parsed, errors: readErrors } = readStory(storyDir);
  const { spec, errors: metaErrors } = readStoryMeta(storyDir);
  const evidenceSpec = readEvidence(storyDir, readErrors);
  // Each `points` layer's own file: read once the layers list is known.
  const points = readPointLayers(storyDir, spec?.meta.layers ?? [], readErrors);
  if (readErrors.length > 0 || !spec) return { ok: false, errors: [...readErrors, ...metaErrors] };
  const inputErrors = [
    ...verifyInputs(parsed),
    ...(parsed.timeline ? verifyEvidence(evidenceSpec, parsed.timeline.flight) : []),
    ...[...points].flatMap(([id, list]) => verifyFeaturePoints(id, list, parsed.basemap.bbox)),
  ];
  if (inputErrors.length > 0) return { ok: false, errors: inputErrors };
  const { story, errors: proseErrors } = resolveStoryProse(parsed);
  if (proseErrors.length > 0) return { ok: false, errors: proseErrors };
  const { meta, errors: metaCheckErrors } = verifyStoryMeta(spec, story, new Set(points.keys()));
  const tilesErrors: StoryError[] = [];
  const tiles = existsSync(join(storyDir, MAP_CONTEXT_FILES.detailTiles))
    ? readDetailTilesConfig(storyDir, tilesErrors)
    : undefined;
  if (metaCheckErrors.length > 0 || tilesErrors.length > 0)
    return { ok: false, errors: [...metaCheckErrors, ...tilesErrors] };

  const basemap = buildBasemap(atlas, story.basemap);
  const generated = generate(story, basemap);
  const outputErrors = verifyOutputs(story, generated);
  if (outputErrors.length > 0) return { ok: false, errors: outputErrors };
  const evidence = generated.track ? buildEvidence(evidenceSpec, generated.track) : null;
  // Where the stretches draw the flown path, the route's flown segments are not drawn again.
  const out = {
    ...generated,
    route: markEvidenced(generated.route, (evidence?.file.stretches.length ?? 0) > 0),
  };
  // Last: every sentence of ours that passed the checks above was checked by a person against its
  // sources, as it now reads (geo/README.md, "The fact-check log").
  const logErrors: StoryError[] = [];
  const log = readFactLog(storyDir, logErrors);
  logErrors.push(
    ...checkFactLog([...collectStatements(parsed, spec, points), ...evidenceStatements(evidenceSpec)], log),
  );
  // And every translation of them still translates the English as it now reads, keeps its
  // figures and quotes, and was checked as it now reads (geo/README.md, "Translations").
  const languages = readLanguages(storyDir, logErrors);
  const fields = translatableFields(parsed, spec, points, evidenceSpec);
  for (const language of languages) {
    if (PROSE_WORDS[language.lang] === undefined)
      logErrors.push({
        file: `${TRANSLATION_DIR}/${language.lang}`,
        item: '(language)',
        message: `prose.ts PROSE_WORDS has no entry for "${language.lang}": say how it writes km and the compass points`,
      });
    logErrors.push(...checkTranslations(fields, language));
  }
  if (logErrors.length > 0) return { ok: false, errors: logErrors };

  // Each layer's data, by the file name its record gives (story-layers.ts checked it).
  const layerData = new Map<string, unknown>([
    ...(story.segments.length > 0 ? [['route.geojson', out.route] as const] : []),
    ...(out.drone ? [['drone-attacks.geojson', out.drone] as const] : []),
    ...[...points].map(([id, list]) => [`${id}.geojson`, featurePointsGeojson(list)] as const),
  ]);
  const layerDownloads: DownloadFile[] = meta.layers.flatMap((l) =>
    l.download
      ? [{ name: l.data, content: downloadJson(layerData.get(l.data)), description: l.download.description }]
      : [],
  );
  const downloads = buildDownloadFiles(out, evidence ?? undefined, layerDownloads);
  // Where the map opens: around every place, written here so the map can open before they load;
  // and where the detail tiles are, so the style asks for none that do not exist.
  const storyMeta = {
    ...meta,
    openingBounds: storyBounds(out.places.features) ?? meta.regionBounds,
    ...optionalLabels(out.places.features),
    detailTiles: tiles ? { ...tiles, landLayer: DETAIL_LAND_LAYER } : null,
  };
  const worded = wordedFiles(storyMeta, out, layerData);
  const notes: string[] = [];
  const translated: OutputFile[] = [];
  const index: LanguagesFile = { source: 'en', languages: [] };
  for (const language of languages) {
    const r = languageFiles(language, parsed, storyMeta, points, basemap, evidence ? evidenceSpec : null);
    if (!Array.isArray(r)) return { ok: false, errors: r.errors };
    translated.push(...r.map((f) => ({ path: `${language.lang}/${f.path}`, content: f.content })));
    const { translated: n, left } = coverage(fields, language.translations);
    index.languages.push({
      lang: language.lang,
      files: r.map((f) => f.path).sort(),
      fields: fields.length,
      translated: n,
    });
    notes.push(
      `${language.lang}: ${n} of ${fields.length} fields translated, ${left.length} in English (npm run fact-check:i18n lists them)`,
    );
  }
  const files: OutputFile[] = [
    { path: 'sources.json', content: json(out.sources) },
    ...worded,
    { path: 'basemap.geojson', content: json(out.basemap) },
    ...translated,
    { path: 'languages.json', content: json(index) },
    ...(evidence
      ? [
          { path: 'evidence.json', content: json(evidence.file) },
          { path: 'evidence.geojson', content: json(evidence.geojson) },
        ]
      : []),
    ...story.sources.map((s) => ({
      path: `articles/${s.file}`,
      content: story.articleBytes.get(s.id) ?? '',
    })),
    ...downloads.map((f) => ({ path: `download/${f.name}`, content: f.content })),
    { path: 'download/index.json', content: json(downloadIndex(downloads)) },
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, files, notes, basemap: out.basemap, langs: languages.map((l) => l.lang) };
}

const optionalLabels = (features: Parameters<typeof edgeLabels>[0]) => {
  const labels = edgeLabels(features);
  return labels ? { openingLabels: labels } : {};
};

/** story.json as generated (its detail tiles' box as the config gives it). */
type GeneratedMeta = Omit<StoryMeta, 'detailTiles'> & { detailTiles: unknown };

/**
 * The generated files that hold the story's words: each language has its own copy of exactly these
 * (`data/<lang>/…`, same names and shapes); the rest (articles, sources, maps) is one for all.
 */
function wordedFiles(
  storyMeta: GeneratedMeta,
  out: StoryOutputs,
  layerData: ReadonlyMap<string, unknown>,
): OutputFile[] {
  return [
    { path: 'story.json', content: json(storyMeta) },
    { path: 'places.geojson', content: json(out.places) },
    ...[...layerData].map(([path, data]) => ({ path, content: json(data) })),
    ...(out.timeline ? [{ path: 'timeline.json', content: json(out.timeline) }] : []),
    ...(out.track ? [{ path: 'track.json', content: json(out.track) }] : []),
    { path: 'claims.json', content: json(out.claims) },
    ...out.placePassages.map((p) => ({ path: `passages/${p.placeId}.json`, content: json(p) })),
  ];
}

/**
 * One language's copy of the worded files: the story generated again from its translated words
 * (placeholders measured and written in the language), the places renamed, untranslated fields in
 * English. Its errors are a translation's prose that does not resolve.
 */
function languageFiles(
  language: Language,
  parsed: Story,
  storyMeta: GeneratedMeta,
  points: ReadonlyMap<string, readonly FeaturePointSpec[]>,
  basemap: ReturnType<typeof buildBasemap>,
  evidenceSpec: EvidenceSpec | null,
): OutputFile[] | { errors: StoryError[] } {
  const w = wordsOf(language.translations);
  const names = new Map(parsed.places.map((p) => [p.id, w(STORY_FILES.gazetteer, p.id, 'name', p.name)]));
  const placeName = (id: string) => names.get(id) ?? id;
  const { story, errors } = resolveStoryProse(translateStory(parsed, w), PROSE_WORDS[language.lang]);
  if (errors.length > 0)
    return { errors: errors.map((e) => ({ ...e, file: `${TRANSLATION_DIR}/${language.lang}/${e.file}` })) };
  const g = generate(story, basemap);
  const evidence =
    evidenceSpec && g.track ? buildEvidence(translateEvidence(evidenceSpec, w), g.track) : null;
  const evidenced = (evidence?.file.stretches.length ?? 0) > 0;
  const out: StoryOutputs = {
    ...g,
    places: translatePlaceNames(g.places, placeName),
    route: markEvidenced(g.route, evidenced),
    drone: g.drone && translatePlaceNames(g.drone, placeName),
  };
  const layerData = new Map<string, unknown>([
    ...(story.segments.length > 0 ? [['route.geojson', out.route] as const] : []),
    ...(out.drone ? [['drone-attacks.geojson', out.drone] as const] : []),
    ...[...points].map(
      ([id, list]) => [`${id}.geojson`, featurePointsGeojson(translatePoints(id, list, w))] as const,
    ),
  ]);
  // The names at the ends are the language's: as long as its words make them.
  const meta = { ...translateMeta(storyMeta, w, placeName), ...optionalLabels(out.places.features) };
  return [
    ...wordedFiles(meta, out, layerData),
    ...(evidence
      ? [
          { path: 'evidence.json', content: json(evidence.file) },
          { path: 'evidence.geojson', content: json(evidence.geojson) },
        ]
      : []),
  ];
}

/**
 * languages.json with each language's `files` as written: every output under `<lang>/`, the story's
 * worded files and the map's labels alike (the app reads those from `data/<lang>/`, the rest from
 * `data/`).
 */
export function listLanguageFiles(files: readonly OutputFile[]): OutputFile[] {
  return files.map((f) => {
    if (f.path !== 'languages.json') return f;
    const index = JSON.parse(String(f.content)) as LanguagesFile;
    const languages = index.languages.map((l) => ({
      ...l,
      files: files
        .filter((o) => o.path.startsWith(`${l.lang}/`))
        .map((o) => o.path.slice(l.lang.length + 1))
        .sort(),
    }));
    return { ...f, content: json({ ...index, languages }) };
  });
}

/** Writes all files to a sibling temp directory, then swaps it in for `outDir`. */
export function writeOutput(outDir: string, files: readonly OutputFile[]): void {
  const target = resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = `${target}.tmp-${stamp}`;
  const old = `${target}.old-${stamp}`;
  mkdirSync(tmp, { recursive: true });
  try {
    for (const f of files) {
      const path = join(tmp, ...f.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
    if (existsSync(target)) renameSync(target, old);
    try {
      renameSync(tmp, target);
    } catch (e) {
      if (existsSync(old)) renameSync(old, target);
      throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

function argValue(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  const v = i === -1 ? undefined : args[i + 1];
  if (i !== -1 && (v === undefined || v.startsWith('--'))) throw new Error(`${name} needs a directory`);
  return v ?? fallback;
}

export function run(args: readonly string[]): number {
  const storyDir = argValue(args, '--story', 'geo');
  const outDir = argValue(args, '--out', 'public/data');
  const result = buildStory(storyDir);
  if (!result.ok) {
    console.error(`geo: ${result.errors.length} problem(s) in ${storyDir}; nothing written.`);
    for (const e of result.errors) console.error(`  ${formatError(e)}`);
    return 1;
  }
  // The map around the story (world, context places, detail tiles): read after the story is
  // known good, so that its errors come after the story's own.
  const { story } = readStory(storyDir);
  const context = buildMapContext(storyDir, story.places, story.basemap.bbox, story.basemap.labels, {
    basemap: result.basemap,
    langs: result.langs,
  });
  if (context.errors.length > 0) {
    console.error(`geo: ${context.errors.length} problem(s) in ${storyDir}; nothing written.`);
    for (const e of context.errors) console.error(`  ${formatError(e)}`);
    return 1;
  }
  const files = listLanguageFiles([...result.files, ...context.files]);
  writeOutput(outDir, files);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  for (const note of [...result.notes, ...context.notes]) console.log(`geo: ${note}`);
  console.log(`geo: wrote ${files.length} files (${bytes} bytes) to ${outDir}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2));
}
