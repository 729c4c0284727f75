import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { PlaceCollection, StoryMeta } from '../geo/schema.ts';
import { App } from './App.tsx';
import type { EarlyClicks } from './early-page.ts';
import type { Lang } from './i18n/langs.ts';
import { discardMap } from './map/map-start.ts';
import type { FirstView } from './story/load-story.ts';
import type { Part } from './story/model.ts';
import type { Layout } from './url/embedded.ts';

/**
 * In the dev server (nothing prerendered), how long the first render waits for the places and the
 * articles' metadata before it renders without them and fills in when they arrive.
 */
const FIRST_RENDER_WAIT_MS = 250;

/**
 * Mounts the app on #root. A prerendered page is hydrated with the very data it was prerendered
 * from (the same files, the same parsers, see prerender.tsx), so React adopts the page's markup as
 * it is: the reader already sees the story, and nothing moves. Neither promise rejects (each part
 * carries its own error).
 */
export function boot({
  meta,
  layout,
  lang,
  places,
  firstView,
  early,
}: {
  meta: { meta: StoryMeta; problem: string | null };
  layout: Layout;
  /** The page's language (or, in the dev server, the one asked for). */
  lang: Lang;
  places: Promise<Part<PlaceCollection>>;
  firstView: Promise<FirstView>;
  /** Clicks held on the prerendered page until now (main.tsx). */
  early?: EarlyClicks | undefined;
}): void {
  const root = document.getElementById('root');
  if (!root) return;
  const app = (ready: { places: Part<PlaceCollection>; firstView: FirstView } | undefined) => (
    <StrictMode>
      <App layout={layout} lang={lang} meta={meta} places={places} firstView={firstView} ready={ready} />
    </StrictMode>
  );
  const arrived = Promise.all([places, firstView]).then(([p, f]) => ({ places: p, firstView: f }));
  if (root.firstElementChild) {
    arrived.then((ready) => {
      if (ready.places.ok && ready.firstView.sources.ok) {
        hydrateRoot(root, app(ready));
        // A click held before now reaches its control: React hydrates at once to handle it.
        early?.release();
      } else {
        // The data the page was prerendered from did not arrive (a failed or corrupted file): the
        // markup shows what the reader can no longer get, so the app renders afresh and says what
        // is missing. Its map goes with the old markup.
        for (const el of root.querySelectorAll<HTMLElement>('.map')) discardMap(el);
        early?.release();
        root.replaceChildren();
        createRoot(root).render(app(ready));
      }
    });
    return;
  }
  const late = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS));
  Promise.race([arrived, late]).then((ready) => createRoot(root).render(app(ready)));
}
