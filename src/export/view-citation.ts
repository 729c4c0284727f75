/**
 * "Cite this view": a citation a reader can paste into a footnote or a bibliography. Pure: the
 * date and the address are passed in, so the same view cites the same on any machine.
 */
import type { Translate } from '../i18n/catalog.ts';
import { readerDay } from '../i18n/format.ts';

export interface ViewCitationParts {
  title: string;
  publisher: string;
  accessed: Date;
  permalink: string;
}

/**
 * Title, publisher, permalink and date accessed, in the order web citations give them.
 *
 * @example formatViewCitation({ title: 'A map', publisher: 'A newsroom', accessed, permalink }, translator('en'))
 *   // 'A map. A newsroom. https://…/#place=x (accessed 24 November 2026).'
 */
export function formatViewCitation(
  { title, publisher, accessed, permalink }: ViewCitationParts,
  t: Translate,
): string {
  const end = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
  const work = [end(title), publisher.trim() ? end(publisher) : ''].filter(Boolean).join(' ');
  // The reader's own day, month in words: it reads the same in every locale (no 11/24 vs 24/11).
  return t('citation.view', { work, permalink, date: readerDay(t.lang, accessed) });
}
