import { useEffect } from 'react';
import { asLang, type Lang } from '../i18n/langs.ts';
import type { Layout } from './embedded.ts';
import { goToLanguagePage } from './pages.ts';

/**
 * A `lang=` the reader brings to an open page (an edited address, Back to a link in another
 * language) loads that language's page; the first module does the same for the address it opens
 * with.
 */
export function useLanguagePage(linkLang: string | undefined, lang: Lang, layout: Layout): void {
  useEffect(() => {
    const asked = asLang(linkLang);
    if (asked) goToLanguagePage(asked, lang, layout);
  }, [linkLang, lang, layout]);
}
