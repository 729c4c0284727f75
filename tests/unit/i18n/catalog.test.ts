import { describe, expect, it } from 'vitest';
import { LANGS, type MessageKey, translator } from '../../../src/i18n/catalog.ts';
import { en } from '../../../src/i18n/messages.en.ts';
import { ru } from '../../../src/i18n/messages.ru.ts';

describe('plurals follow the language’s rules', () => {
  it.each([
    [1, '1 цитата'],
    [2, '2 цитаты'],
    [5, '5 цитат'],
    [11, '11 цитат'],
    [21, '21 цитата'],
    [22, '22 цитаты'],
    [25, '25 цитат'],
  ])('Russian: %i → %s', (count, text) => {
    expect(translator('ru')('places.passages', { count })).toBe(text);
  });

  it.each([
    [1, '1 passage'],
    [2, '2 passages'],
    [19, '19 passages'],
  ])('English: %i → %s', (count, text) => {
    expect(translator('en')('places.passages', { count })).toBe(text);
  });

  it('takes the form by the count, not by the other numbers in the sentence', () => {
    expect(translator('ru')('places.ofArticles', { mentioned: 1, count: 5 })).toBe('в 1 из 5 статей');
    expect(translator('en')('places.ofArticles', { mentioned: 3, count: 5 })).toBe('3 of 5 articles');
  });
});

describe('values fill their placeholders', () => {
  it('as text, and numbers as the language writes them', () => {
    const t = translator('en');
    expect(t('unshown.failed', { part: 'the places', error: 'HTTP 404' })).toBe(
      'Could not load the places (HTTP 404).',
    );
    expect(t('kit.imageSaved', { name: 'a.png', width: 2400, height: 1600 })).toBe(
      'Saved a.png (2400 × 1600 pixels).',
    );
  });

  it('keeps a value that is not text (an element) as a part of its own, in the catalog’s order', () => {
    const link = { element: 'a' };
    expect(translator('ru').parts('noMap.noScriptLinked', { link })[0]).toBe(
      'JavaScript отключён, поэтому карта не нарисована. ',
    );
    expect(translator('ru').parts('noMap.noScriptLinked', { link })[1]).toBe(link);
  });

  it('says which value a message lacks, rather than writing the placeholder', () => {
    // A cast stands for data that slipped past the types.
    const loose = translator('en') as unknown as (key: string, params: object) => string;
    expect(() => loose('unshown.failed', { part: 'x' })).toThrow(/unshown\.failed needs \{error\}/);
  });
});

describe('the catalogs', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    expect(LANGS).toEqual(['en', 'ru']);
  });

  it('ask for the same values in every language', () => {
    const names = (m: unknown) => [...new Set(JSON.stringify(m).match(/\{\w+\}/g) ?? [])].sort().join(' ');
    for (const key of Object.keys(en) as MessageKey[])
      expect([key, names(ru[key])]).toEqual([key, names(en[key])]);
  });

  it('make a missing key, or a missing value, a type error rather than a surprise at run time', () => {
    const t = translator('en');
    // @ts-expect-error: no such key in the catalog.
    expect(() => t('places.nowhere')).toThrow(/no message places\.nowhere/);
    // @ts-expect-error: the message needs {part} and {error}.
    expect(() => t('unshown.failed')).toThrow();
    // @ts-expect-error: a plural message's count is a number.
    expect(() => t('places.passages', { count: '2' })).toThrow();
  });
});
