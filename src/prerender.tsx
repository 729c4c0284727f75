/**
 * Prerenders the page's static shell into a built dist/index.html, at build time, with React's own
 * server rendering: the masthead, the standfirst, the places with their counts, the layer toggles,
 * the legend, and (inside <noscript>) every place with every passage and its citation. The reader
 * sees the story before any JavaScript runs; a browser with scripts off, a search engine or an
 * archive crawler gets all of it. main.tsx then hydrates this markup with the same data.
 *
 * Built by `vite build --ssr` (see package.json) and run with node on a dist folder:
 *   node .cache/prerender/prerender.js dist
 * It reads what the page itself reads: the story's words from the page's <meta>, the places and
 * the articles' metadata from data/, through the app's own parsers, so hydration matches.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderToString } from 'react-dom/server';
import type { PlaceCollection, PlacePassages, SourcesFile } from '../geo/schema.ts';
import { App } from './App.tsx';
import type { Part } from './story/model.ts';
import { parsePlacePassages, parsePlaces, parseSources } from './story/parse.ts';
import { parseStoryMeta, STORY_META_NAME } from './story/story-meta.ts';
import { PrerenderedPassages } from './ui/PlaceDetails.tsx';

/** The root element and its end marker in index.html: what lies between is replaced (re-runnable). */
const ROOT = /<div id="root">[\s\S]*?<\/div><!-- \/root -->/;
const EMPTY_ROOT = '<div id="root"></div><!-- /root -->';

const unescapeAttr = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The story's words, as the page carries them (and the app reads them, story-meta.ts). */
export function metaFromHtml(html: string): ReturnType<typeof parseStoryMeta> {
  const m = html.match(new RegExp(`<meta name="${STORY_META_NAME}" content="([^"]*)"`));
  return parseStoryMeta(m?.[1] === undefined ? null : unescapeAttr(m[1]));
}

function readPart<T>(file: string, parse: (v: unknown) => T): Part<T> {
  try {
    return { ok: true, value: parse(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The app's markup for a built page and its data folder. Pure but for reading `dataDir`. */
export function renderShell(html: string, dataDir: string): string {
  const meta = metaFromHtml(html);
  const places: Part<PlaceCollection> = readPart(join(dataDir, 'places.geojson'), parsePlaces);
  const sources: Part<SourcesFile> = readPart(join(dataDir, 'sources.json'), parseSources);
  const passages = new Map<string, PlacePassages>();
  for (const f of places.ok ? places.value.features : []) {
    const id = f.properties.id;
    const part = readPart(join(dataDir, 'passages', `${id}.json`), (v) => parsePlacePassages(id, v));
    if (part.ok) passages.set(id, part.value);
  }
  const firstView = { places, sources };
  return renderToString(
    <PrerenderedPassages.Provider value={passages}>
      <App
        meta={meta}
        places={Promise.resolve(places)}
        firstView={Promise.resolve(firstView)}
        ready={{ places, firstView }}
      />
    </PrerenderedPassages.Provider>,
  );
}

/**
 * The boot chunk (React and the app) as a modulepreload, so it downloads alongside the map's engine
 * instead of after the first module has run (main.tsx imports it dynamically).
 */
function preloadBoot(html: string, distDir: string): string {
  const manifestFile = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return html;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string }>;
  const boot = manifest['src/boot.tsx']?.file;
  if (!boot || html.includes(`href="./${boot}"`)) return html;
  return html.replace('</head>', `  <link rel="modulepreload" crossorigin href="./${boot}">\n  </head>`);
}

/** Writes the prerendered shell into `distDir`/index.html. */
export function prerender(distDir: string): void {
  const file = join(distDir, 'index.html');
  const html = readFileSync(file, 'utf8');
  if (!ROOT.test(html)) throw new Error(`${file}: no ${EMPTY_ROOT} to prerender into`);
  const shell = renderShell(html, join(distDir, 'data'));
  writeFileSync(
    file,
    preloadBoot(html, distDir).replace(ROOT, `<div id="root">${shell}</div><!-- /root -->`),
  );
}

// Run as a script (node .cache/prerender/prerender.js DIST), not when imported by a test.
const [, script, dist] = process.argv;
if (script && import.meta.url === pathToFileURL(script).href) {
  if (!dist) throw new Error('usage: node prerender.js <dist folder>');
  prerender(dist);
  console.log(`prerender: ${join(dist, 'index.html')}`);
}
