// The page's first module. On the prerendered page the text is there before any script runs; this
// starts the map, then the app hydrates (see early-page.ts). In the dev server nothing is
// prerendered: the app renders, and MapView creates the map.
import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { type EarlyClicks, holdEarlyClicks } from './early-page.ts';
import { asLang, type Lang } from './i18n/langs.ts';
import { readDataLanguage, setTranslatedData } from './story/data-url.ts';
import { loadFirstView, loadPlaces } from './story/load-story.ts';
import { storyIds } from './story/story-ids.ts';
import { readStoryMeta } from './story/story-meta.ts';
import { readLayout } from './url/embedded.ts';
import { chooseLang, DEFAULT_LANG, goToLanguagePage } from './url/pages.ts';
import { parsePermalink } from './url/permalink.ts';
import { normaliseAddress } from './url/permalink-store.ts';

/** The longest the app waits for the map before hydrating anyway (a reader's action never waits). */
const APP_WAIT_MS = 4000;

// The story's own words are in the page itself (index.html, written at build time): no wait.
const meta = readStoryMeta();
// embed.html says so on its <body>: the layout for iframes in other pages.
const layout = readLayout();
// The page's language is on its <html>; a link's lang= or the browser's languages may ask for
// another: that language's page is loaded instead, with the same address, before anything starts
// here. (The dev server has one unprerendered page: it renders in the language asked for.)
const pageLang = asLang(document.documentElement.lang) ?? DEFAULT_LANG;
const linkLang = asLang(parsePermalink(window.location.hash, { placeIds: new Set(), layers: [] }).lang);
const lang: Lang = chooseLang(linkLang, pageLang, navigator.languages ?? []);
if (!goToLanguagePage(lang, pageLang, layout)) start(lang);

function start(lang: Lang): void {
  const root = document.getElementById('root');
  const container = document.querySelector<HTMLElement>('#root .map');
  // The prerendered controls are held first of all: the map's engine is a large file, and a
  // click made while it downloads would otherwise be lost. It is imported here, not at the top,
  // so this module runs without waiting for it (the page preloads it, see prerender.tsx).
  const early = root && container ? holdEarlyClicks(root) : undefined;
  const mapStart = import('./map/map-start.ts');

  // A page in another language reads its copies of the story's data (prerender.tsx lists them).
  const own = readDataLanguage();
  if (own && own.lang === lang) setTranslatedData(own.lang, own.files);
  const places = loadPlaces();
  const firstView = loadFirstView(places);
  // A link's address is normalised as soon as the story's ids are known, not when the app starts.
  // The story's layers come with its words: a link's `layers=` is read against them.
  firstView.then(({ places: p, sources }) =>
    normaliseAddress({
      ...storyIds(p.ok ? p.value : null, sources.ok ? sources.value : null),
      layers: meta.meta.layers,
    }),
  );

  // React and the app are chunks of their own, prefetched by the page at low priority (they never
  // compete with the map's engine for the network), and run when asked for.
  const bootApp = (early?: EarlyClicks) =>
    import('./boot.tsx').then(({ boot }) => boot({ meta, layout, lang, places, firstView, early }));

  if (early && container) {
    // The container is in the page at its final size: the map starts in it as soon as its engine
    // is here, and MapView adopts it. The app's first render and effects would compete with the
    // map's loading on the main thread, so they wait for its first complete frame, unless the
    // reader acts first.
    // Should the engine not arrive, the app still comes, and says what it could not show.
    const drawn = mapStart
      .then(({ pageStartOptions, startMap, whenDrawn }) =>
        whenDrawn(startMap(container, pageStartOptions(meta.meta, layout === 'embed', lang))),
      )
      .catch(() => undefined);
    const wait = new Promise<void>((resolve) => setTimeout(resolve, APP_WAIT_MS));
    Promise.race([drawn, early.firstAction, wait]).then(() => bootApp(early));
  } else bootApp();
}
