/**
 * `npm run geo [-- --story DIR] [-- --out DIR]`: read → verify → emit. Writes nothing unless every
 * check passes; output goes to a temporary directory that is renamed into place at the end.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { storyBounds } from '../story-bounds.ts';
import { buildBasemap, type CountriesTopology } from './basemap.ts';
import { buildDownloadFiles, type DownloadFile, downloadIndex, downloadJson } from './data-download.ts';
import {
  buildEvidence,
  evidenceStatements,
  markEvidenced,
  readEvidence,
  verifyEvidence,
} from './evidence.ts';
import { checkFactLog, collectStatements, readFactLog } from './fact-check.ts';
import { featurePointsGeojson, readPointLayers, verifyFeaturePoints } from './feature-points.ts';
import { generate } from './generate.ts';
import { buildMapContext, MAP_CONTEXT_FILES, readDetailTilesConfig } from './map-context.ts';
import { readStory } from './read-story.ts';
import { formatError, type StoryError } from './story-error.ts';
import { readStoryMeta, verifyStoryMeta } from './story-meta.ts';
import { resolveStoryProse } from './story-prose.ts';
import { DETAIL_LAND_LAYER } from './tiles.ts';
import { verifyInputs, verifyOutputs } from './verify.ts';

export interface OutputFile {
  /** Relative to the output directory, with forward slashes. */
  path: string;
  content: string | Buffer;
}

export type BuildResult = { ok: true; files: OutputFile[] } | { ok: false; errors: StoryError[] };

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

  const generated = generate(story, buildBasemap(atlas, story.basemap));
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
  const files: OutputFile[] = [
    { path: 'sources.json', content: json(out.sources) },
    // Where the map opens: around every place, written here so the map can open before they load;
    // and where the detail tiles are, so the style asks for none that do not exist.
    {
      path: 'story.json',
      content: json({
        ...meta,
        openingBounds: storyBounds(out.places.features) ?? meta.regionBounds,
        detailTiles: tiles ? { ...tiles, landLayer: DETAIL_LAND_LAYER } : null,
      }),
    },
    { path: 'places.geojson', content: json(out.places) },
    ...[...layerData].map(([path, data]) => ({ path, content: json(data) })),
    { path: 'basemap.geojson', content: json(out.basemap) },
    ...(out.timeline ? [{ path: 'timeline.json', content: json(out.timeline) }] : []),
    ...(out.track ? [{ path: 'track.json', content: json(out.track) }] : []),
    { path: 'claims.json', content: json(out.claims) },
    ...(evidence
      ? [
          { path: 'evidence.json', content: json(evidence.file) },
          { path: 'evidence.geojson', content: json(evidence.geojson) },
        ]
      : []),
    ...out.placePassages.map((p) => ({ path: `passages/${p.placeId}.json`, content: json(p) })),
    ...story.sources.map((s) => ({
      path: `articles/${s.file}`,
      content: story.articleBytes.get(s.id) ?? '',
    })),
    ...downloads.map((f) => ({ path: `download/${f.name}`, content: f.content })),
    { path: 'download/index.json', content: json(downloadIndex(downloads)) },
  ];
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, files };
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
  const context = buildMapContext(storyDir, story.places, story.basemap.bbox, story.basemap.labels);
  if (context.errors.length > 0) {
    console.error(`geo: ${context.errors.length} problem(s) in ${storyDir}; nothing written.`);
    for (const e of context.errors) console.error(`  ${formatError(e)}`);
    return 1;
  }
  const files = [...result.files, ...context.files];
  writeOutput(outDir, files);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  for (const note of context.notes) console.log(`geo: ${note}`);
  console.log(`geo: wrote ${files.length} files (${bytes} bytes) to ${outDir}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = run(process.argv.slice(2));
}
