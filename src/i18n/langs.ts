/**
 * The languages the explorer speaks, apart from their catalogs: the address and the page's first
 * module read these without loading any words.
 */
export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

/** Each language's name in itself, as a switch between them shows it (not translated). */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский' };

/** `lang` when the explorer speaks it. */
export const asLang = (lang: string | null | undefined): Lang | undefined =>
  (LANGS as readonly (string | null | undefined)[]).includes(lang) ? (lang as Lang) : undefined;
