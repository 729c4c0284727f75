import type { ReactNode } from 'react';
import { LANG_NAMES, LANGS } from '../i18n/langs.ts';
import { useT } from '../i18n/useT.ts';
import type { Layout } from '../url/embedded.ts';
import { DEFAULT_LANG, pageHref } from '../url/pages.ts';
import { useLinks } from './links.ts';

/**
 * Links to the explorer in each language it speaks, each name in its own language. A link is to
 * that language's page with the view as it is, and says its language (`lang=`), so a browser that
 * prefers another does not send the reader back. Off its own language, the page says once that
 * the articles are quoted in theirs.
 */
export function LanguageSwitch({ layout }: { layout: Layout }): ReactNode {
  const t = useT();
  const links = useLinks();
  return (
    <>
      <nav className="lang-switch" aria-label={t('lang.nav')}>
        <ul>
          {LANGS.map((lang) => (
            <li key={lang}>
              {lang === t.lang ? (
                <span lang={lang} aria-current="true">
                  {LANG_NAMES[lang]}
                </span>
              ) : (
                <a lang={lang} hrefLang={lang} href={`${pageHref(lang, layout)}${links.inLang(lang)}`}>
                  {LANG_NAMES[lang]}
                </a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <QuotesNote />
    </>
  );
}

/** Said once on a page in another language than the articles': their words are quoted as written. */
export function QuotesNote(): ReactNode {
  const t = useT();
  return t.lang === DEFAULT_LANG ? null : <p className="quotes-note">{t('lang.quotesNote')}</p>;
}
