import type { Lang } from '../i18n/langs.ts';
import { pageFile, pageHref } from '../url/pages.ts';

/**
 * The embed code for a view: an <iframe> of embed.html with the view's permalink, and the line
 * of the host script that sizes it to its content (public/embed/resize.js). Pure.
 */

/** The iframe's height before its first height message arrives (the map and the place list). */
export const INITIAL_EMBED_HEIGHT = 640;

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A short name for files and ids from the page title: its words before the first dash or colon,
 * lowercase kebab ("Flight X — what…" → "flight-x").
 */
export function fileStem(pageTitle: string): string {
  const head = pageTitle.split(/\s[—–-]\s|:/)[0] ?? '';
  const stem = head
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return stem || 'map';
}

export interface EmbedCodeParts {
  /** The page's own address (any page of the app: its folder is where embed.html is). */
  pageUrl: string;
  /** The view's permalink hash ('' or '#…'). */
  hash: string;
  /** The iframe's title: its accessible name in the host page. */
  title: string;
  /** Pym.js's child id, so a Pym parent (or our host script) can tell its frames apart. */
  childId: string;
  /** The language of the embedded page: the one the code was copied in. */
  lang: Lang;
}

/** The embed page's address for a view. */
export function embedUrl({ pageUrl, hash, childId, lang }: Omit<EmbedCodeParts, 'title'>): string {
  const url = new URL(pageFile(lang, 'embed'), pageUrl);
  url.search = `?childId=${encodeURIComponent(childId)}`;
  url.hash = hash === '#' ? '' : hash;
  return url.href;
}

/** The host script's address, beside the app. */
export function hostScriptUrl(pageUrl: string): string {
  return new URL('embed/resize.js', pageUrl).href;
}

/**
 * Two lines to paste into an article: the iframe and the script that resizes it.
 * `allow="clipboard-write"` lets "Copy link" and "Cite this view" work inside the frame.
 */
export function embedCode(parts: EmbedCodeParts): string {
  const src = embedUrl(parts);
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(parts.title)}" width="100%" height="${INITIAL_EMBED_HEIGHT}" style="border:0;width:100%" loading="lazy" allow="clipboard-write"></iframe>`,
    `<script src="${escapeAttr(hostScriptUrl(parts.pageUrl))}" async></script>`,
  ].join('\n');
}

/** The full explorer's address for a view in a language, from any page of the app (embed.html included). */
export function fullPageUrl(pageUrl: string, hash: string, lang: Lang): string {
  const url = new URL(pageHref(lang), pageUrl);
  url.hash = hash === '#' ? '' : hash;
  return url.href;
}
