import { asLang, LANGS, type Lang } from '../i18n/langs.ts';
import type { Layout } from './embedded.ts';

/**
 * Each language has its own prerendered pages beside the story's own (index.html, embed.html,
 * story.html): index.ru.html, embed.ru.html, story.ru.html. They sit in the same folder, so every
 * relative address (assets, data) is the same from all of them.
 */

/** The story's own language: its pages carry no language in their names. */
export const DEFAULT_LANG: Lang = LANGS[0] ?? 'en';

const named = (base: string, lang: Lang): string =>
  lang === DEFAULT_LANG ? `${base}.html` : `${base}.${lang}.html`;

/** The explorer's page for a language and layout. @example pageFile('ru', 'embed') // → 'embed.ru.html' */
export const pageFile = (lang: Lang, layout: Layout = 'full'): string =>
  named(layout === 'embed' ? 'embed' : 'index', lang);

/**
 * A link to the explorer's page in a language, relative to any page of the app: the story's own
 * page is the folder itself (the address its links have always had), another language's its file.
 */
export const pageHref = (lang: Lang, layout: Layout = 'full'): string =>
  lang === DEFAULT_LANG && layout === 'full' ? './' : `./${pageFile(lang, layout)}`;

/** The whole story as text, for readers without JavaScript and crawlers. */
export const textPageFile = (lang: Lang): string => named('story', lang);

/**
 * The first of the browser's languages the explorer speaks, by primary subtag ('ru-RU' → 'ru');
 * undefined when none is.
 */
export function browserLang(preferred: readonly string[]): Lang | undefined {
  for (const tag of preferred) {
    const lang = asLang(tag.split('-')[0]?.toLowerCase());
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The language to show. A link that names one (`lang=`) wins; the story's own page follows the
 * browser's languages when the link names none; any other page is in its own language.
 */
export function chooseLang(linkLang: Lang | undefined, pageLang: Lang, preferred: readonly string[]): Lang {
  if (linkLang) return linkLang;
  if (pageLang !== DEFAULT_LANG) return pageLang;
  return browserLang(preferred) ?? pageLang;
}

/**
 * Loads the explorer's page in `wanted`, at the same address (the query of an embed, the hash),
 * unless the page shown is in it already; true when it leaves. The dev server has one page,
 * unprerendered, which renders in any language: it never leaves.
 */
export function goToLanguagePage(wanted: Lang, shown: Lang, layout: Layout): boolean {
  if (wanted === shown || import.meta.env.DEV) return false;
  const { href, search, hash } = window.location;
  window.location.replace(`${new URL(pageHref(wanted, layout), href).pathname}${search}${hash}`);
  return true;
}
