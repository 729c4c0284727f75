import type { ReactNode } from 'react';
import { type Lang, translator } from './catalog.ts';
import { I18nContext } from './useT.ts';

/** Gives every component below the explorer's words in `lang`. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }): ReactNode {
  return <I18nContext.Provider value={translator(lang)}>{children}</I18nContext.Provider>;
}
