import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PlaceProperties } from '../../../geo/schema.ts';
import { I18nProvider } from '../../../src/i18n/I18nProvider.tsx';
import { PlacesNav } from '../../../src/ui/PlacesNav.tsx';
import { SkipLinks } from '../../../src/ui/SkipLinks.tsx';

const place = (id: string, passageCount: number, sourceIds: string[]) =>
  ({ id, name: id, passageCount, sourceIds }) as Partial<PlaceProperties> as PlaceProperties;
const places = [place('a', 1, ['1']), place('b', 2, ['1', '2']), place('c', 21, ['1', '2', '3', '4', '5'])];
const text = (html: string) => html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, '|');

describe('components speak the language the root gives them', () => {
  const nav = (lang?: 'en' | 'ru') => {
    const list = <PlacesNav places={places} selected={undefined} sourceCount={5} onSelect={() => {}} />;
    return text(renderToString(lang ? <I18nProvider lang={lang}>{list}</I18nProvider> : list));
  };

  it('English without a provider, as the page has always read', () => {
    expect(nav()).toContain('1 passage · 1 of 5 articles');
    expect(nav()).toContain('21 passages · 5 of 5 articles');
    expect(nav('en')).toBe(nav());
  });

  it('Russian, each count in its own plural form', () => {
    const ru = nav('ru');
    expect(ru).toContain('Места');
    expect(ru).toContain('1 цитата · в 1 из 5 статей');
    expect(ru).toContain('2 цитаты · в 2 из 5 статей');
    expect(ru).toContain('21 цитата · в 5 из 5 статей');
  });

  it('accessible names too', () => {
    expect(renderToString(<I18nProvider lang="ru">{<SkipLinks />}</I18nProvider>)).toContain(
      'aria-label="Быстрые ссылки"',
    );
  });
});
