/**
 * "Cite this view": a citation a reader can paste into a footnote or a bibliography. Pure: the
 * date and the address are passed in, so the same view cites the same on any machine.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * The reader's calendar day as "24 November 2026": day month year, month in words, so it reads
 * the same in every locale (no 11/24 vs 24/11).
 */
export function formatAccessDate(d: Date): string {
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export interface ViewCitationParts {
  title: string;
  publisher: string;
  accessed: Date;
  permalink: string;
}

/**
 * Title, publisher, permalink and date accessed, in the order web citations give them.
 *
 * @example formatViewCitation({ title: 'A map', publisher: 'A newsroom', accessed, permalink })
 *   // 'A map. A newsroom. https://…/#place=x (accessed 24 November 2026).'
 */
export function formatViewCitation({ title, publisher, accessed, permalink }: ViewCitationParts): string {
  const end = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
  const parts = [end(title), publisher.trim() ? end(publisher) : ''].filter(Boolean);
  return `${parts.join(' ')} ${permalink} (accessed ${formatAccessDate(accessed)}).`;
}
