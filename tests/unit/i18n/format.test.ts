import { describe, expect, it } from 'vitest';
import {
  andList,
  longDate,
  readerDay,
  shortDay,
  utcClock,
  utcMinutes,
  utcTime,
  zoneClock,
} from '../../../src/i18n/format.ts';

const MS = Date.UTC(2024, 11, 25, 5, 13, 31);

describe('dates and times by the reader’s language', () => {
  it.each([
    ['en', '25 December 2024'],
    ['ru', '25 декабря 2024 г.'],
  ] as const)('%s: an article’s date', (lang, text) => {
    expect(longDate(lang, '2024-12-25')).toBe(text);
  });

  it('leaves a date it cannot read as it is', () => {
    expect(longDate('ru', 'late 2024')).toBe('late 2024');
  });

  it.each(['en', 'ru'] as const)('%s: UTC times as "05:13 UTC"', (lang) => {
    expect(utcTime(lang, MS)).toBe('05:13:31 UTC');
    expect(utcClock(lang, MS)).toBe('05:13:31');
    expect(utcMinutes(lang, MS, MS + 50 * 60_000)).toBe('05:13–06:03 UTC');
  });

  it('a local time in the story’s zone, and none in a zone the platform lacks', () => {
    expect(zoneClock('ru', MS, 'Asia/Baku')).toBe('09:13');
    expect(zoneClock('en', MS, 'Not/AZone')).toBeNull();
  });

  it.each([
    ['en', '3 Feb 2001'],
    ['ru', '3 февр. 2001 г.'],
  ] as const)('%s: a short day', (lang, text) => {
    expect(shortDay(lang, Date.UTC(2001, 1, 3, 12))).toBe(text);
  });

  it('the reader’s own day, month in words', () => {
    expect(readerDay('en', new Date(2026, 10, 24, 23, 30))).toBe('24 November 2026');
    expect(readerDay('ru', new Date(2026, 10, 24, 0, 5))).toBe('24 ноября 2026 г.');
  });

  it('lists joined as the language joins them', () => {
    expect(andList('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(andList('ru', ['А', 'Б', 'В'])).toBe('А, Б и В');
  });
});
