import { describe, expect, it } from 'vitest';
import type { SourceMeta } from '../../../geo/schema.ts';
import { translator } from '../../../src/i18n/catalog.ts';
import { articleName, nameArticles } from '../../../src/story/article-names.ts';

const t = translator('en');

const sources: SourceMeta[] = [
  { id: '000', file: 'a.txt', headline: 'Short headline here, too', date: '2024-12-28' },
  {
    id: '002',
    file: 'b.txt',
    headline: "'Tragic incident': Putin apologises to Aliyev over Azerbaijan plane crash",
    date: '2024-12-28',
  },
  { id: '004', file: 'c.txt', headline: 'Anything', date: '2024-12-28', outlet: 'The Rio Times' },
];

describe('articleName', () => {
  it('uses the outlet where the article names one', () => {
    expect(articleName(sources[2] as SourceMeta, t)).toBe('The Rio Times');
  });
  it('drops a comma left at the cut', () => {
    const s = { id: '009', file: 'x', date: '2024-12-28', headline: 'One two three four five, six seven' };
    expect(articleName(s, t)).toBe('“One two three four five…”');
  });
  it('quotes a headline as the reader’s language does', () => {
    expect(articleName(sources[0] as SourceMeta, translator('ru'))).toBe('«Short headline here, too»');
  });
  it('else the headline, shortened with a mark where it is cut', () => {
    expect(articleName(sources[0] as SourceMeta, t)).toBe('“Short headline here, too”');
    expect(articleName(sources[1] as SourceMeta, t)).toBe("“'Tragic incident': Putin apologises to…”");
  });
});

describe('nameArticles', () => {
  it('names the articles a note refers to by id, and leaves other numbers alone', () => {
    expect(nameArticles('002 says 28 survived; 000 and 004 say 29; 001 is silent.', sources, t)).toBe(
      "“'Tragic incident': Putin apologises to…” says 28 survived; “Short headline here, too” and The Rio Times say 29; 001 is silent.",
    );
  });
  it('replaces ids in brackets, but not inside other numbers', () => {
    expect(nameArticles('the nose (000), 2000 km, 0.004', sources, t)).toBe(
      'the nose (“Short headline here, too”), 2000 km, 0.004',
    );
  });
});
