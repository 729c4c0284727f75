import { hashInLang } from './url/permalink.ts';

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
/** The links to the explorer in another language (LanguageSwitch): `lang=` on the page's view. */
const LANGUAGE_LINK = 'a[hreflang]';

/**
 * Until the app has hydrated, a click on a prerendered control would do nothing (no handler is
 * attached yet): it is held instead, the app is asked to come at once, and the click is replayed
 * on the same control once React owns it. Links are left alone: they work without the app, and
 * the app reads the address they change. But a language link was prerendered with the opening
 * view: followed now, it keeps the address's view instead (its hash, for this click only). A
 * click on the map itself is held by the map (holdClicks in map/map-start.ts); its press asks
 * the app to come here too.
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
    const link = target?.closest<HTMLAnchorElement>(LANGUAGE_LINK);
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
 * Points a language link at the address's view for the click under way (the browser follows the
 * href it has once the click's listeners have run), then gives the app back the href it rendered.
 */
function keepView(link: HTMLAnchorElement): void {
  const rendered = link.getAttribute('href');
  if (rendered === null) return;
  const url = new URL(rendered, document.baseURI);
  url.hash = hashInLang(window.location.hash, link.hreflang);
  link.href = url.href;
  setTimeout(() => link.setAttribute('href', rendered));
}
