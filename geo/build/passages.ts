/**
 * Sentences and place mentions (pure). Citations are UTF-16 offsets into the article as stored,
 * so `article.slice(start, end) === text` always holds; nothing here rewrites the text.
 */
import { createHash } from 'node:crypto';
import type { Citation, Passage } from '../schema.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Article {
  sourceId: string;
  text: string;
}

/** The names a place is matched by: its display name and its aliases (case-sensitive, whole words). */
export interface PlaceNames {
  id: string;
  names: string[];
}

// Tokens that end with a full stop but rarely end a sentence. Initials (U.S., J.) are caught by pattern.
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'St',
  'Jr',
  'Sr',
  'Gen',
  'Col',
  'Lt',
  'Capt',
  'Gov',
  'Sen',
  'Rep',
  'Prof',
  'No',
  'vs',
  'e.g',
  'i.e',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Inc',
  'Ltd',
  'Corp',
]);

// Syndicated copies start with " date YYYY-MM-DD "; it is metadata, not part of the first sentence.
const DATE_HEADER = /^\s*date \d{4}-\d{2}-\d{2}\s+/;
// A terminator, any closing quotes/brackets after it, then white space (NBSP included: \s covers it).
const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s)/g;
// What may open the next sentence: a capital, an opening quote or bracket, a digit.
const SENTENCE_START = /[\p{Lu}"'“‘([\d]/u;
const LIST_MARKER = /^\d{1,3}\.$/;

/** Where the article's own words begin: after a leading " date YYYY-MM-DD " left by scraping, else 0. */
export function articleBodyStart(text: string): number {
  return DATE_HEADER.exec(text)?.[0].length ?? 0;
}

function isAbbreviation(line: string, dotIndex: number): boolean {
  const before = line.slice(0, dotIndex);
  const token = (before.match(/[^\s(“"']*$/) ?? [''])[0];
  if (token === '') return false;
  // Initials: "U.S", "J".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(token)) return true;
  return ABBREVIATIONS.has(token);
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return s < e ? { start: s, end: e } : null;
}

function splitLine(text: string, lineStart: number, lineEnd: number): Span[] {
  const line = text.slice(lineStart, lineEnd);
  const header = DATE_HEADER.exec(line);
  let cursor = header ? header[0].length : 0;
  const spans: Span[] = [];
  TERMINATOR.lastIndex = cursor;
  for (let m = TERMINATOR.exec(line); m !== null; m = TERMINATOR.exec(line)) {
    const cut = m.index + m[0].length;
    const rest = line.slice(cut).trimStart();
    if (rest === '' || !SENTENCE_START.test(rest.charAt(0))) continue;
    if (m[0].startsWith('.') && isAbbreviation(line, m.index)) continue;
    if (LIST_MARKER.test(line.slice(cursor, cut).trim())) continue;
    const span = trimSpan(text, lineStart + cursor, lineStart + cut);
    if (span) spans.push(span);
    cursor = cut;
  }
  const last = trimSpan(text, lineStart + cursor, lineEnd);
  if (last) spans.push(last);
  return spans;
}

/**
 * Splits an article into sentences. A line break always ends a sentence, so headlines, captions and
 * standfirsts without a final full stop stay whole; inside a line a sentence ends at . ! ? (plus any
 * closing quotes) followed by white space and something that can open a sentence.
 *
 * @example splitSentences('From Baku. To Grozny') // [{start: 0, end: 10}, {start: 11, end: 20}]
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    spans.push(...splitLine(text, lineStart, lineEnd));
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return spans;
}

/**
 * Same length as the input (one code unit for one), so offsets found in it are offsets in the original:
 * curly quotes match straight ones and a no-break space matches a space.
 */
export function normalizeForMatching(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\u00a0/g, ' ');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-sensitive pattern for any of the names. */
export function namePattern(names: readonly string[]): RegExp {
  const alternatives = [...names]
    .map(normalizeForMatching)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Does the text name the place (by its name or an alias)? */
export function mentions(text: string, place: PlaceNames): boolean {
  return place.names.length > 0 && namePattern(place.names).test(normalizeForMatching(text));
}

/** Short stable id from the exact text: the same sentence in several articles is one passage. */
export function passageId(text: string): string {
  return `p-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10)}`;
}

/**
 * Every sentence that names at least one place becomes (part of) a passage. Passages group citations
 * whose text is identical code unit for code unit; sentences that differ only in a quote mark are
 * different passages, because a citation must be an exact substring of its own article.
 * Output order: by first citation (article order, then offset); placeIds in the order given.
 */
export function extractPassages(articles: readonly Article[], places: readonly PlaceNames[]): Passage[] {
  const patterns = places
    .filter((p) => p.names.length > 0)
    .map((p) => ({ id: p.id, re: namePattern(p.names) }));
  const byText = new Map<string, Passage>();
  for (const article of articles) {
    const normalized = normalizeForMatching(article.text);
    for (const span of splitSentences(article.text)) {
      const sentence = normalized.slice(span.start, span.end);
      const placeIds = patterns.filter((p) => p.re.test(sentence)).map((p) => p.id);
      if (placeIds.length === 0) continue;
      const text = article.text.slice(span.start, span.end);
      const citation: Citation = { sourceId: article.sourceId, start: span.start, end: span.end };
      const existing = byText.get(text);
      if (existing) existing.citations.push(citation);
      else byText.set(text, { id: passageId(text), text, citations: [citation], placeIds });
    }
  }
  return [...byText.values()];
}
