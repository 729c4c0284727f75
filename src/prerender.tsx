/**
 * Prerenders the page's static shell into a built dist/index.html, at build time, with React's own
 * server rendering: the masthead, the standfirst, the places with their counts, the layer toggles,
 * the legend, and (inside <noscript>) every place with every passage and its citation. The reader
 * sees the story before any JavaScript runs; a browser with scripts off, a search engine or an
 * archive crawler gets all of it. boot.tsx then hydrates this markup with the same data. It also
 * writes story.html, the whole story as a page of text (what <noscript> links to when the story
 * is too long to inline).
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
import type {
  EvidenceFile,
  LanguagesFile,
  PlaceCollection,
  PlacePassages,
  SourcesFile,
  StoryMeta,
} from '../geo/schema.ts';
import { App } from './App.tsx';
import { LANGS, type Lang, translator } from './i18n/catalog.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { DATA_LANGUAGE_NAME } from './story/data-url.ts';
import type { Part } from './story/model.ts';
import { parseEvidence, parsePlacePassages, parsePlaces, parseSources } from './story/parse.ts';
import { parseStoryMeta, STORY_META_NAME } from './story/story-meta.ts';
import { Credits } from './ui/Credits.tsx';
import { PrerenderedEvidence } from './ui/EvidenceStretches.tsx';
import { QuotesNote } from './ui/LanguageSwitch.tsx';
import { type Links, LinksContext, linksFrom } from './ui/links.ts';
import { NoMapStory } from './ui/NoMapStory.tsx';
import { NoScriptText } from './ui/NoScriptStory.tsx';
import { PrerenderedPassages } from './ui/PlaceDetails.tsx';
import { StoryIntro } from './ui/StoryIntro.tsx';
import { StoryMetaContext } from './ui/useStoryMeta.ts';
import type { Layout } from './url/embedded.ts';
import { DEFAULT_LANG, pageFile, pageHref, textPageFile } from './url/pages.ts';

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

/**
 * Above this much passage text the page does not inline the story for readers without JavaScript
 * (every reader would download it): its <noscript> links to the text page instead. The real story
 * has about 30,000 characters; the benchmark's 100× story, 4 million.
 */
export const INLINE_TEXT_LIMIT = 300_000;

/** The text page, beside index.html: the whole story for readers without JavaScript and crawlers. */
export const TEXT_PAGE = textPageFile(DEFAULT_LANG);

interface StoryFiles {
  meta: ReturnType<typeof parseStoryMeta>;
  places: Part<PlaceCollection>;
  sources: Part<SourcesFile>;
  passages: Map<string, PlacePassages>;
  /** The path by its evidence, for the pages without JavaScript. */
  evidence: EvidenceFile | null;
  /** The data files this language has its own copy of (data/<lang>/); none in the story's own. */
  ownFiles: string[];
}

/**
 * The data files a language has its own copy of (data/<lang>/, geo/README.md "Translations"),
 * as data/languages.json lists them; none for the story's own language, or a build without it.
 */
function translatedFiles(dataDir: string, lang: Lang): string[] {
  if (lang === DEFAULT_LANG || !existsSync(join(dataDir, 'languages.json'))) return [];
  const { languages } = JSON.parse(readFileSync(join(dataDir, 'languages.json'), 'utf8')) as LanguagesFile;
  return languages.find((l) => l.lang === lang)?.files ?? [];
}

/**
 * What the page reads, read the way it reads it: the words from its <meta>, the data from `dataDir`;
 * in another language, its own copies where it has them (as dataUrl() reads them), its words too.
 */
function readStory(html: string, dataDir: string, lang: Lang = DEFAULT_LANG): StoryFiles {
  const ownFiles = translatedFiles(dataDir, lang);
  const own = new Set(ownFiles);
  const file = (...path: string[]) =>
    own.has(path.join('/')) ? join(dataDir, lang, ...path) : join(dataDir, ...path);
  const places: Part<PlaceCollection> = readPart(file('places.geojson'), parsePlaces);
  const passages = new Map<string, PlacePassages>();
  for (const f of places.ok ? places.value.features : []) {
    const id = f.properties.id;
    const part = readPart(file('passages', `${id}.json`), (v) => parsePlacePassages(id, v));
    if (part.ok) passages.set(id, part.value);
  }
  const evidence = readPart(file('evidence.json'), parseEvidence);
  return {
    meta: own.has('story.json')
      ? parseStoryMeta(readFileSync(file('story.json'), 'utf8'))
      : metaFromHtml(html),
    places,
    sources: readPart(file('sources.json'), parseSources),
    passages,
    evidence: evidence.ok ? evidence.value : null,
    ownFiles,
  };
}

const textLength = (passages: ReadonlyMap<string, PlacePassages>): number =>
  [...passages.values()].reduce((n, p) => n + p.passages.reduce((m, x) => m + x.text.length, 0), 0);

/** The app's markup for a built page, from what the page reads. */
function renderApp(
  { meta, places, sources, passages, evidence }: StoryFiles,
  inlineLimit: number,
  layout: Layout,
  lang: Lang,
): string {
  const firstView = { places, sources };
  const where =
    textLength(passages) <= inlineLimit
      ? ({ inline: true } as const)
      : ({ inline: false, href: `./${textPageFile(lang)}` } as const);
  return renderToString(
    <NoScriptText.Provider value={where}>
      <PrerenderedEvidence.Provider value={evidence}>
        <PrerenderedPassages.Provider value={passages}>
          <App
            layout={layout}
            lang={lang}
            meta={meta}
            places={Promise.resolve(places)}
            firstView={Promise.resolve(firstView)}
            ready={{ places, firstView }}
          />
        </PrerenderedPassages.Provider>
      </PrerenderedEvidence.Provider>
    </NoScriptText.Provider>,
  );
}

/** Links from the text page into the explorer beside it, in its language (the hashes are the explorer's). */
function explorerLinks(lang: Lang): Links {
  const inApp = linksFrom({});
  const page = pageHref(lang);
  return {
    article: (source, start, end) => `${page}${inApp.article(source, start, end)}`,
    claims: `${page}${inApp.claims}`,
    self: page,
    inLang: inApp.inLang,
  };
}

/** The text page's body: the masthead, every place with every passage and its citation, credits. */
function renderText({ meta, places, sources, passages, evidence }: StoryFiles, lang: Lang): string {
  const t = translator(lang);
  const all = places.ok ? places.value.features.map((f) => f.properties) : [];
  const bySource = new Map(sources.ok ? sources.value.sources.map((x) => [x.id, x]) : []);
  return renderToString(
    <I18nProvider lang={lang}>
      <StoryMetaContext.Provider value={meta.meta}>
        <LinksContext.Provider value={explorerLinks(lang)}>
          <PrerenderedPassages.Provider value={passages}>
            <div className="text-page">
              <header className="masthead">
                <StoryIntro />
                <QuotesNote />
                <p>
                  <a href={pageHref(lang)}>{t('textPage.toMap')}</a>
                </p>
              </header>
              <main>
                <NoMapStory
                  notice={t('textPage.notice')}
                  places={all}
                  sources={bySource}
                  selected={undefined}
                  evidence={evidence}
                />
              </main>
              <footer>
                <Credits />
              </footer>
            </div>
          </PrerenderedPassages.Provider>
        </LinksContext.Provider>
      </StoryMetaContext.Provider>
    </I18nProvider>,
  );
}

/** The text page's head: index.html's, with no script to run and nothing to preload or prefetch. */
function textHead(html: string, title: string): string {
  return html
    .slice(0, html.indexOf('<body>'))
    .replace(/\s*<script\b[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="(?:modulepreload|preload|prefetch)"[^>]*>/g, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`);
}

/**
 * The chunks the first module imports once it runs, and the chunks they import. The map's start
 * (and its engine) is preloaded at once, at the priority of a script: the first module imports it
 * straight away, and does not wait for it itself, so it can hold the reader's clicks while the
 * engine downloads. The boot chunk (React and the app) is prefetched: it downloads at low
 * priority, never competing with the map's engine, and is in the cache when the first module asks
 * for it (main.tsx imports it once the map has drawn).
 */
function preloadChunks(html: string, distDir: string): string {
  const manifestFile = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) return html;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const listed = new Set<string>();
  const chunks = (key: string, files: string[] = []): string[] => {
    const chunk = manifest[key];
    if (!chunk || listed.has(chunk.file)) return files;
    listed.add(chunk.file);
    files.push(chunk.file);
    for (const i of chunk.imports ?? []) chunks(i, files);
    return files;
  };
  const link = (rel: string) => (f: string) =>
    html.includes(`href="./${f}"`) || html.includes(`src="./${f}"`)
      ? ''
      : `  <link rel="${rel}"${rel === 'modulepreload' ? ' crossorigin' : ''} href="./${f}">\n`;
  const links = [
    ...chunks('src/map/map-start.ts').map(link('modulepreload')),
    ...chunks('src/boot.tsx').map(link('prefetch')),
  ].join('');
  return links ? html.replace('</head>', `${links}  </head>`) : html;
}

/**
 * The page in `lang`: its `<html lang>`, and a link to its version in each language (hreflang),
 * the story's own as the default. Re-runnable: the links a previous run added are replaced.
 */
function inLanguage(html: string, lang: Lang, file: (l: Lang) => string): string {
  const alternates = [...LANGS, 'x-default' as const]
    .map(
      (l) =>
        `    <link rel="alternate" hreflang="${l}" href="./${file(l === 'x-default' ? DEFAULT_LANG : l)}">\n`,
    )
    .join('');
  return html
    .replace(/\s*<link rel="alternate" hreflang=[^>]*>/g, '')
    .replace(/<html\b[^>]*>/, `<html lang="${lang}">`)
    .replace('</head>', `${alternates}  </head>`);
}

/**
 * The head of a page in another language: its title, description and story words (the <meta> the
 * app reads) in that language, and the data files it has its own copy of, for dataUrl().
 */
function withWords(html: string, meta: StoryMeta, lang: Lang, files: readonly string[]): string {
  const attr = (t: string) => escapeText(t).replace(/"/g, '&quot;');
  const data =
    files.length === 0
      ? ''
      : `    <meta name="${DATA_LANGUAGE_NAME}" content="${attr(JSON.stringify({ lang, files }))}" />\n`;
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(meta.pageTitle)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${attr(meta.description)}" />`,
    )
    .replace(
      new RegExp(`<meta name="${STORY_META_NAME}" content="[^"]*" />`),
      `<meta name="${STORY_META_NAME}" content="${attr(JSON.stringify(meta))}" />`,
    )
    .replace(new RegExp(`\\s*<meta name="${DATA_LANGUAGE_NAME}"[^>]*>`, 'g'), '')
    .replace('</head>', `${data}  </head>`);
}

/**
 * Writes the prerendered shell into `distDir`/index.html and, when the build made one, into
 * embed.html (the embed layout, marked on its <body>), and the same pages in each other language
 * beside them (index.ru.html, embed.ru.html); and the text page of each language.
 */
export function prerender(distDir: string, inlineLimit = INLINE_TEXT_LIMIT): void {
  const dataDir = join(distDir, 'data');
  // Each language's story, read from the first page's words and the data (its own copies).
  let first: string | null = null;
  const stories = new Map<Lang, StoryFiles>();
  const storyIn = (lang: Lang, html: string): StoryFiles => {
    const s = stories.get(lang) ?? readStory(html, dataDir, lang);
    stories.set(lang, s);
    return s;
  };
  for (const name of ['index.html', 'embed.html']) {
    const file = join(distDir, name);
    if (name !== 'index.html' && !existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!ROOT.test(html)) throw new Error(`${file}: no ${EMPTY_ROOT} to prerender into`);
    first ??= html;
    const layout: Layout = /<body[^>]*\bdata-layout="embed"/.test(html) ? 'embed' : 'full';
    const shell = preloadChunks(html, distDir);
    for (const lang of LANGS) {
      const story = storyIn(lang, first);
      const head = inLanguage(shell, lang, (l) => pageFile(l, layout));
      const app = renderApp(story, inlineLimit, layout, lang);
      writeFileSync(
        join(distDir, pageFile(lang, layout)),
        (story.ownFiles.length > 0 ? withWords(head, story.meta.meta, lang, story.ownFiles) : head).replace(
          ROOT,
          `<div id="root">${app}</div><!-- /root -->`,
        ),
      );
    }
  }
  if (first === null) return;
  for (const lang of LANGS) {
    const story = storyIn(lang, first);
    const page = readFileSync(join(distDir, pageFile(lang)), 'utf8');
    const title = escapeText(translator(lang)('textPage.title', { title: story.meta.meta.pageTitle }));
    writeFileSync(
      join(distDir, textPageFile(lang)),
      `${inLanguage(textHead(page, title), lang, textPageFile)}<body>\n    ${renderText(story, lang)}\n  </body>\n</html>\n`,
    );
  }
}

const escapeText = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Run as a script (node .cache/prerender/prerender.js DIST), not when imported by a test.
const [, script, dist] = process.argv;
if (script && import.meta.url === pathToFileURL(script).href) {
  if (!dist) throw new Error('usage: node prerender.js <dist folder>');
  prerender(dist);
  console.log(`prerender: ${join(dist, 'index.html')}`);
}
