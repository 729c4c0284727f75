/**
 * OpenStreetMap land inside a box, from @geo-maps/earth-lands-10m, cached. Parsing the package's
 * one 134 MB GeoJSON takes a large heap and a few seconds, so it is done in a child Node with
 * room for it, once per machine: the cut is kept in `.cache/geo/` (git-ignored) under a name made
 * of the package's version, the box and the cutting code's version, and every later build reads
 * the ~1 MB result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BBox, FeatureCollection, MultiPolygon } from 'geojson';

/** Bump when osm-land-cut.ts changes what it writes, so old caches are not used. */
const CLIP_VERSION = 3;

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
export const OSM_LAND_CACHE_DIR = join(repoRoot, '.cache', 'geo');

function packageFiles(): { data: string; version: string } {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@geo-maps/earth-lands-10m/package.json');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  return { data: join(dirname(pkg), 'map.geo.json'), version };
}

/** The cache file's name for this input version and box. */
export function osmLandCacheName(version: string, bbox: BBox): string {
  return `earth-lands-10m@${version}_${bbox.join('_')}_v${CLIP_VERSION}.geojson`;
}

export interface OsmLand {
  land: FeatureCollection<MultiPolygon>;
  /** True when the 134 MB file was parsed on this run. */
  fromScratch: boolean;
  cacheFile: string;
}

export function loadOsmLand(bbox: BBox, cacheDir = OSM_LAND_CACHE_DIR): OsmLand {
  const { data, version } = packageFiles();
  const cacheFile = join(cacheDir, osmLandCacheName(version, bbox));
  let fromScratch = false;
  if (!existsSync(cacheFile)) {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${cacheFile}.tmp-${process.pid}`;
    const child = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=8000',
        '--import',
        'tsx',
        join(here, 'osm-land-child.ts'),
        data,
        bbox.join(','),
        tmp,
      ],
      { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (child.status !== 0)
      throw new Error(`cutting ${data} to ${bbox.join(',')} failed (exit ${child.status})`);
    renameSync(tmp, cacheFile);
    fromScratch = true;
  }
  const land = JSON.parse(readFileSync(cacheFile, 'utf8')) as FeatureCollection<MultiPolygon>;
  return { land, fromScratch, cacheFile };
}
