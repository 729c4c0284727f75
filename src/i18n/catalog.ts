import type { Args, Catalog, MessageKey, Params } from './keys.ts';
import type { Lang } from './langs.ts';
import { en } from './messages.en.ts';
import { ru } from './messages.ru.ts';

export type { MessageKey, PlainKey } from './keys.ts';
export { LANGS, type Lang } from './langs.ts';

/**
 * The locale each language formats with. English is British English: the page has always written
 * "25 December 2024" and 24-hour times, and en-GB is what gives them.
 */
export const LOCALE: Readonly<Record<Lang, string>> = { en: 'en-GB', ru: 'ru' };

/**
 * Reads the catalog of one language. `t(key, params)` is the text, its placeholders filled (numbers
 * written as the language writes them); `t.parts(key, params)` keeps values that are not text
 * (a link, an element) as they are, in order, for a sentence with a link inside it.
 */
export interface Translate {
  <K extends MessageKey>(key: K, ...params: Args<K>): string;
  parts<K extends MessageKey, const P extends Params<K, unknown>>(key: K, params: P): (string | P[keyof P])[];
  readonly lang: Lang;
  /** The locale for Intl formatters (dates, times, lists). */
  readonly locale: string;
}

const CATALOGS: Readonly<Record<Lang, Catalog<'one' | 'other'>>> = { en, ru };

const PLACEHOLDER = /\{(\w+)\}/g;

function make(lang: Lang): Translate {
  const catalog = CATALOGS[lang];
  const locale = LOCALE[lang];
  const plural = new Intl.PluralRules(locale);
  // No grouping: the numbers said here (counts, an image's pixels) have four digits at most, and
  // "2400 × 1600 pixels" is how the page has written them.
  const number = new Intl.NumberFormat(locale, { useGrouping: false });
  const textOf = (key: MessageKey, params: Readonly<Record<string, unknown>>): string => {
    const m: Catalog<'one' | 'other'>[MessageKey] | undefined = catalog[key];
    // Only a key that slipped past the types (from data, say) can be missing.
    if (m === undefined) throw new Error(`i18n: no message ${key}`);
    if (typeof m === 'string') return m;
    const count = params.count;
    if (typeof count !== 'number') throw new Error(`i18n: ${key} needs a numeric count`);
    const forms: Partial<Record<Intl.LDMLPluralRule, string>> = m;
    return forms[plural.select(count)] ?? m.other;
  };
  function parts<V>(key: MessageKey, params: Readonly<Record<string, unknown>> = {}): (string | V)[] {
    const text = textOf(key, params);
    const out: (string | V)[] = [];
    let at = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      const [whole, name = ''] = match;
      if (match.index > at) out.push(text.slice(at, match.index));
      const v = params[name];
      if (v === undefined) throw new Error(`i18n: ${key} needs {${name}}`);
      out.push(typeof v === 'number' ? number.format(v) : typeof v === 'string' ? v : (v as V));
      at = match.index + whole.length;
    }
    if (at < text.length) out.push(text.slice(at));
    return out;
  }
  const t = (key: MessageKey, params?: Readonly<Record<string, unknown>>) => parts(key, params).join('');
  // The implementation takes any key and values; the interface's generics are what callers are
  // checked against, which TypeScript cannot relate to it: hence the one assertion.
  return Object.assign(t, { parts, lang, locale }) as Translate;
}

const made = new Map<Lang, Translate>();

/**
 * The translator of a language, made once.
 *
 * @example translator('ru')('places.passages', { count: 2 }) // → '2 цитаты'
 */
export function translator(lang: Lang): Translate {
  let t = made.get(lang);
  if (!t) {
    t = make(lang);
    made.set(lang, t);
  }
  return t;
}
