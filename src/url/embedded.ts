/**
 * Manners for a page that sits inside someone else's: the embed layout (embed.html) or any page
 * of ours in an iframe. Its history is the host page's (a step here would be one more Back for
 * the host's reader), and focus and scroll are the host's until the reader acts inside the frame.
 * Read only in effects and event handlers, never during render (the page is also prerendered).
 */

/** The layout the page was built for: `<body data-layout="embed">` on embed.html. */
export type Layout = 'full' | 'embed';

export function readLayout(doc: Document = document): Layout {
  return doc.body?.dataset.layout === 'embed' ? 'embed' : 'full';
}

/** On the embed page, or framed by any page. */
export function isEmbedded(): boolean {
  let framed = true;
  try {
    framed = window.top !== window;
  } catch {
    // A browser that will not even compare its top window: assume a frame.
  }
  return framed || readLayout() === 'embed';
}

/**
 * Whether the page may move focus or scroll on its own: always on the full page; when embedded,
 * only after the reader has acted inside the frame (a click, a key), never on load.
 */
export function mayTakeFocus(): boolean {
  return !isEmbedded() || readerActed;
}

/**
 * Whether the reader has pressed a key or a pointer inside this page. Counted by us, not read
 * from `navigator.userActivation`: a browser may carry an activation over from the host page's
 * navigation, and the host's reader did not act in the frame.
 */
let readerActed = false;
const ACTS = ['pointerdown', 'keydown'] as const;
const onAct = (e: Event) => {
  if (e.isTrusted) readerActed = true;
};

/**
 * Goes to an in-page permalink (`#…`): a history step on the full page; embedded, the address is
 * replaced in place and the app told as if the hash had changed.
 */
export function goToHash(href: string): void {
  if (!isEmbedded()) {
    window.location.assign(href);
    return;
  }
  const url = new URL(href, window.location.href);
  window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/**
 * Embedded, an in-page link (`<a href="#…">`) the reader clicks replaces the address instead of
 * adding a history step, and the reader's first press inside the page is noted (see
 * {@link mayTakeFocus}). Returns the listeners' remover; a no-op on the full page.
 */
export function keepLinksInPlace(doc: Document = document): () => void {
  if (!isEmbedded()) return () => {};
  for (const type of ACTS) doc.addEventListener(type, onAct, { capture: true });
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a || a.hasAttribute('target') || a.hasAttribute('download')) return;
    e.preventDefault();
    goToHash(a.getAttribute('href') ?? '#');
  };
  doc.addEventListener('click', onClick);
  return () => {
    doc.removeEventListener('click', onClick);
    for (const type of ACTS) doc.removeEventListener(type, onAct, { capture: true });
  };
}
