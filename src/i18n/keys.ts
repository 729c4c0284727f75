/**
 * The keys of the explorer's catalogs and what each message takes, all read from the English
 * catalog (the source of the keys), so every other language is checked against it by the compiler.
 */
import type { en } from './messages.en.ts';

type English = typeof en;
export type MessageKey = keyof English;

/** A message that varies with `{count}`, one text per plural category of the language. */
export type PluralForms<F extends Intl.LDMLPluralRule> = { readonly [P in F]: string };

/**
 * A catalog with the English keys, no more, no fewer, and the plural categories `F` for every
 * plural message: a missing or extra key, or a missing form, fails the type check.
 */
export type Catalog<F extends Intl.LDMLPluralRule> = {
  readonly [K in MessageKey]: English[K] extends string ? string : PluralForms<F>;
};

/** The `{name}`s a text asks for. */
type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
/** A plural message takes `{count}` even where a form does not write it ("Source: {sources}"). */
type NamesOf<M> = M extends string ? Placeholders<M> : Placeholders<M[keyof M]> | 'count';

/** The values a message takes: every placeholder of its English text(s); `count` is a number. */
export type Params<K extends MessageKey, V = never> = {
  readonly [P in NamesOf<English[K]>]: P extends 'count' ? number : string | number | V;
};
export type Args<K extends MessageKey> = [NamesOf<English[K]>] extends [never] ? [] : [params: Params<K>];

/** The keys of messages that take no values: a label can name one, to be read later. */
export type PlainKey = { [K in MessageKey]: Args<K> extends [] ? K : never }[MessageKey];
