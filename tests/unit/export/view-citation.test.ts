import { describe, expect, it } from 'vitest';
import { formatAccessDate, formatViewCitation } from '../../../src/export/view-citation.ts';

describe('formatAccessDate', () => {
  it.each([
    [new Date(2026, 10, 24, 23, 59), '24 November 2026'],
    [new Date(2025, 0, 1, 0, 0), '1 January 2025'],
    [new Date(2024, 11, 31, 12), '31 December 2024'],
  ])('%s is the reader’s own calendar day, month in words', (d, text) => {
    expect(formatAccessDate(d)).toBe(text);
  });
});

describe('formatViewCitation', () => {
  const accessed = new Date(2026, 10, 24);
  it('gives title, publisher, permalink and date accessed, in that order', () => {
    expect(
      formatViewCitation({
        title: 'A ferry: what two articles said',
        publisher: 'The test explorer',
        accessed,
        permalink: 'https://example.org/maps/ferry/#place=tamsin',
      }),
    ).toBe(
      'A ferry: what two articles said. The test explorer. https://example.org/maps/ferry/#place=tamsin (accessed 24 November 2026).',
    );
  });
  it('does not double a full stop the title already has, and leaves out an empty publisher', () => {
    expect(
      formatViewCitation({ title: 'Is it?', publisher: ' ', accessed, permalink: 'https://x.test/' }),
    ).toBe('Is it? https://x.test/ (accessed 24 November 2026).');
  });
});
