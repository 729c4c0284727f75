import { describe, expect, it } from 'vitest';
import { browserLang, chooseLang, pageFile, textPageFile } from '../../../src/url/pages.ts';

describe('the pages of each language', () => {
  it('names the story’s own pages plainly and the others by language, in the same folder', () => {
    expect([pageFile('en'), pageFile('en', 'embed'), textPageFile('en')]).toEqual([
      'index.html',
      'embed.html',
      'story.html',
    ]);
    expect([pageFile('ru'), pageFile('ru', 'embed'), textPageFile('ru')]).toEqual([
      'index.ru.html',
      'embed.ru.html',
      'story.ru.html',
    ]);
  });

  it('reads the browser’s first language the explorer speaks, by its primary subtag', () => {
    expect(browserLang(['ru-RU', 'en-US'])).toBe('ru');
    expect(browserLang(['de-DE', 'RU', 'en'])).toBe('ru');
    expect(browserLang(['en-GB', 'ru'])).toBe('en');
    expect(browserLang(['de', 'fr'])).toBeUndefined();
    expect(browserLang([])).toBeUndefined();
  });

  it('lets a link’s lang= win, the story’s own page follow the browser, and other pages keep theirs', () => {
    // A Russian browser on the story's own page is shown Russian, unless the link says English.
    expect(chooseLang(undefined, 'en', ['ru-RU'])).toBe('ru');
    expect(chooseLang('en', 'en', ['ru-RU'])).toBe('en');
    // The Russian page is Russian for every browser; lang=en on it asks for the English page.
    expect(chooseLang(undefined, 'ru', ['en-US'])).toBe('ru');
    expect(chooseLang('en', 'ru', ['ru'])).toBe('en');
    // A browser in no language the explorer speaks gets the page's.
    expect(chooseLang(undefined, 'en', ['de-DE'])).toBe('en');
  });
});
