import { hashOver } from './url/permalink.ts';

/**
 * How the prerendered page is taken over, in the order a reader needs it: the text is there
 * first (it is in the HTML), the map starts at once, and the app hydrates once the map has drawn
 * — or at once if the reader acts first. Nothing the reader does in between is lost.
 */

/** The prerendered controls' clicks until the app has taken over. */
export interface EarlyClicks {
  /** Resolves at the reader's first key or pointer press on the page. */
  readonly firstAction: Promise<void>;
  /** Stops holding, and replays the last held click on its control (now the app's). */
  release(): void;
}

const CONTROL = 'button, input, select, summary';
/**
 * The app's links to a state (ui/links.ts): in the page (`#panel=claims`), or to the explorer in
 * another language (LanguageSwitch: `./index.ru.html#lang=ru`). Not a source's own address.
 */
const STATE_LINK = 'a[href^="#"], a[hreflang]';

/**
 * Until the app has hydrated, a click on a prerendered control would do nothing (no handler is
 * attached yet): it is held instead, the app is asked to come at once, and the click is replayed
 * on the same control once React owns it. Links are left alone: they work without the app, and
 * the app reads the address they change. But the app's links to a state were prerendered with
 * the opening view: followed now, they keep the address's view instead (their hash, for this
 * click only). A click on the map itself is held by the map (holdClicks in map/map-start.ts);
 * its press asks the app to come here too.
 */
export function holdEarlyClicks(root: HTMLElement): EarlyClicks {
  let held: HTMLElement | null = null;
  let acted: () => void = () => {};
  const firstAction = new Promise<void>((resolve) => {
    acted = resolve;
  });
  const onPress = () => acted();
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    const link = target?.closest<HTMLAnchorElement>(STATE_LINK);
    if (link && root.contains(link)) return keepView(link);
    const control = target?.closest<HTMLElement>(CONTROL);
    if (!control || !root.contains(control)) return;
    e.preventDefault();
    e.stopPropagation();
    held = control;
    acted();
  };
  const events = ['pointerdown', 'keydown'] as const;
  for (const type of events) document.addEventListener(type, onPress, true);
  document.addEventListener('click', onClick, true);
  return {
    firstAction,
    release() {
      for (const type of events) document.removeEventListener(type, onPress, true);
      document.removeEventListener('click', onClick, true);
      const control = held;
      held = null;
      if (control?.isConnected) control.click();
    },
  };
}

/**
 * Points a link at the address's view, with its own parameters over it, for the click under way
 * (the browser follows the href it has once the click's listeners have run), then gives the app
 * back the href it rendered.
 */
function keepView(link: HTMLAnchorElement): void {
  const rendered = link.getAttribute('href');
  if (rendered === null) return;
  const url = new URL(rendered, document.baseURI);
  const hash = hashOver(window.location.hash, url.hash);
  // Nothing to keep or add: the link as it is (an emptied hash would load the page again).
  if (hash === '') return;
  url.hash = hash;
  link.href = url.href;
  setTimeout(() => link.setAttribute('href', rendered));
}
