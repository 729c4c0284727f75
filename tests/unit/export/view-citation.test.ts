import { describe, expect, it } from 'vitest';
import { formatViewCitation } from '../../../src/export/view-citation.ts';
import { translator } from '../../../src/i18n/catalog.ts';

const t = translator('en');

describe('formatViewCitation', () => {
  const accessed = new Date(2026, 10, 24);
  it('gives title, publisher, permalink and date accessed, in that order', () => {
    expect(
      formatViewCitation(
        {
          title: 'A ferry: what two articles said',
          publisher: 'The test explorer',
          accessed,
          permalink: 'https://example.org/maps/ferry/#place=tamsin',
        },
        t,
      ),
    ).toBe(
      'A ferry: what two articles said. The test explorer. https://example.org/maps/ferry/#place=tamsin (accessed 24 November 2026).',
    );
  });
  it('does not double a full stop the title already has, and leaves out an empty publisher', () => {
    expect(
      formatViewCitation({ title: 'Is it?', publisher: ' ', accessed, permalink: 'https://x.test/' }, t),
    ).toBe('Is it? https://x.test/ (accessed 24 November 2026).');
  });
  it.each([
    [new Date(2026, 10, 24, 23, 59), '24 November 2026'],
    [new Date(2025, 0, 1, 0, 0), '1 January 2025'],
  ])('dates %s by the reader’s own calendar day, month in words', (d, text) => {
    expect(formatViewCitation({ title: 'T', publisher: '', accessed: d, permalink: 'u' }, t)).toBe(
      `T. u (accessed ${text}).`,
    );
  });
  it('in Russian, with the date as Russian writes it', () => {
    expect(
      formatViewCitation({ title: 'T', publisher: '', accessed, permalink: 'u' }, translator('ru')),
    ).toBe('T. u (дата обращения: 24 ноября 2026 г.).');
  });
});
