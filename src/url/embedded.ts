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
  if (!isEmbedded()) return true;
  const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } })
    .userActivation;
  return activation?.hasBeenActive ?? false;
}

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
 * adding a history step. Returns the listener's remover; a no-op on the full page.
 */
export function keepLinksInPlace(doc: Document = document): () => void {
  if (!isEmbedded()) return () => {};
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.target instanceof Element ? e.target.closest('a[href^="#"]') : null;
    if (!a || a.hasAttribute('target') || a.hasAttribute('download')) return;
    e.preventDefault();
    goToHash(a.getAttribute('href') ?? '#');
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
